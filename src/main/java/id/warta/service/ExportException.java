package id.warta.service;

/** An export that cannot start (a name that matches nothing) or could not be written. */
public final class ExportException extends RefusalException {

    /** Why; each reason names its message key. */
    public enum Reason {
        UNKNOWN_CLIENT("export.error.unknownClient"), UNKNOWN_ACCOUNT("export.error.unknownAccount"), UNKNOWN_CHANNEL("export.error.unknownChannel"),
        UNKNOWN_CAMPAIGN("export.error.unknownCampaign"), UNKNOWN_STATUS("export.error.unknownStatus"), BAD_RANGE("export.error.badRange"),
        CANNOT_WRITE("export.error.cannotWrite");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return key;
        }
    }

    private final Reason reason;

    public ExportException(Reason reason, Throwable cause, String... arguments) {
        super(reason.name(), reason.messageKey(), cause, arguments);
        this.reason = reason;
    }

    public ExportException(Reason reason, String... arguments) {
        this(reason, null, arguments);
    }

    public Reason reason() {
        return reason;
    }
}
