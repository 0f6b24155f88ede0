package id.warta.service;

/** A subscription address that is refused, or a fetch that brought no calendar. */
public final class OverlayFetchException extends RefusalException {

    /** Why; each reason names its message key. Network trouble is worth a retry, the rest needs a person. */
    public enum Reason {
        EMPTY_URL("overlay.url.empty", false), MALFORMED_URL("overlay.url.malformed", false),
        UNSUPPORTED_SCHEME("overlay.url.scheme", false), ALREADY_SUBSCRIBED("overlay.url.duplicate", false),
        UNREACHABLE("overlay.fetch.unreachable", true), TIMEOUT("overlay.fetch.timeout", true),
        UNAUTHORIZED("overlay.fetch.unauthorized", false), FORBIDDEN("overlay.fetch.forbidden", false),
        NOT_FOUND("overlay.fetch.notFound", false), SERVER_ERROR("overlay.fetch.server", true),
        HTTP_ERROR("overlay.fetch.http", false), TOO_LARGE("overlay.fetch.tooLarge", false);

        private final String key;
        private final boolean retryable;

        Reason(String key, boolean retryable) {
            this.key = key;
            this.retryable = retryable;
        }

        public String messageKey() {
            return key;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Reason reason;

    public OverlayFetchException(Reason reason, Throwable cause, String... arguments) {
        super(reason.name(), reason.messageKey(), cause, arguments);
        this.reason = reason;
    }

    public OverlayFetchException(Reason reason, String... arguments) {
        this(reason, null, arguments);
    }

    public Reason reason() {
        return reason;
    }

    public boolean retryable() {
        return reason.retryable();
    }
}
