package id.warta.service;

/** A write refused because the session is read-only; the message names why. */
public final class ReadOnlyException extends RefusalException {
    public ReadOnlyException(ReadOnlyMode.Reason why) {
        super("READ_ONLY " + why.messageKey(), "readOnly.refused", null);
    }
}
