package id.warta.service;

import java.util.List;

/** An .ics file that cannot be imported; nothing of it was stored. */
public final class OverlayImportException extends RuntimeException implements UserFacingException {
    private final String messageKey;
    private final List<String> arguments;

    public OverlayImportException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
