package id.warta.service;

/** An evidence export that was refused or failed; nothing was left on disk. */
public final class EvidenceException extends RefusalException {
    public enum Reason {
        /** The chosen output already exists: evidence is never overwritten. */
        EXISTS("evidence.error.exists"),
        /** The folder that should receive the export does not exist. */
        MISSING_FOLDER("evidence.error.missingFolder"),
        /** Writing failed (disk full, no permission, ...). */
        WRITE_FAILED("evidence.error.writeFailed"),
        /** No audit entry concerns the post: most likely a mistyped id. */
        NO_ENTRIES_FOR_POST("evidence.error.noEntriesForPost"),
        NO_POST("evidence.error.noPost"),
        BAD_RANGE("evidence.error.badRange"),
        /** Only administrators and supervisors export evidence: entries hold reviewer notes. */
        NOT_PERMITTED("evidence.error.notPermitted");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;

    public EvidenceException(Reason reason, String... arguments) {
        this(reason, null, arguments);
    }

    public EvidenceException(Reason reason, Throwable cause, String... arguments) {
        super(reason.name(), reason.messageKey, cause, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
