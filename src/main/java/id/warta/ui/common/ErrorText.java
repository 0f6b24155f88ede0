package id.warta.ui.common;

import id.warta.service.Messages;
import id.warta.service.StorageException;
import id.warta.service.UserFacingException;

/** The sentence a user sees for a failure: storage problems in plain words, anything else generic. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable error, Messages messages) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof StorageException storage) {
                return messages.describe(storage);
            }
            if (e instanceof UserFacingException refusal) {
                return messages.format(refusal.messageKey(), refusal.arguments().toArray());
            }
            e = e.getCause();
        }
        return messages.format("error.unexpected", String.valueOf(error.getMessage()));
    }
}
