package id.warta.service;

import java.util.List;
import java.util.Locale;

/** An export that cannot start (a name that matches nothing) or could not be written. */
public final class ExportException extends RuntimeException implements UserFacingException {

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
    private final List<String> arguments;

    public ExportException(Reason reason, Throwable cause, String... arguments) {
        super(reason.name().toLowerCase(Locale.ROOT) + " " + String.join(", ", arguments), cause);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public ExportException(Reason reason, String... arguments) {
        this(reason, null, arguments);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return reason.messageKey();
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
