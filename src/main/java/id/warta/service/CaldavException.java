package id.warta.service;

/** A CalDAV publication that the server refused or that could not reach the server. */
public final class CaldavException extends RefusalException {

    /** Why; each reason names its message key. */
    public enum Reason {
        BAD_URL("caldav.error.badUrl"), UNAUTHORIZED("caldav.error.unauthorized"), FORBIDDEN("caldav.error.forbidden"),
        NOT_FOUND("caldav.error.notFound"), CONFLICT("caldav.error.conflict"), UNREACHABLE("caldav.error.unreachable"),
        SERVER_ERROR("caldav.error.server"), UNEXPECTED("caldav.error.unexpected");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return key;
        }
    }

    private final Reason reason;

    public CaldavException(Reason reason, Throwable cause, String... arguments) {
        super(reason.name(), reason.messageKey(), cause, arguments);
        this.reason = reason;
    }

    public CaldavException(Reason reason, String... arguments) {
        this(reason, null, arguments);
    }

    public Reason reason() {
        return reason;
    }
}
