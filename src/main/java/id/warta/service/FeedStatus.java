package id.warta.service;

import java.util.Objects;

/** Whether the team server is reachable; when it is not, why (for the status bar's wording). */
public record FeedStatus(boolean online, Reason reason) {

    public enum Reason {
        /** Connected and listening. */
        NONE,
        /** The server could not be reached or refused the connection. */
        UNREACHABLE,
        /** An open connection broke (server restart, network gone, backend ended). */
        LOST,
        /** The server stopped answering without closing the connection (frozen, half-open network). */
        NOT_RESPONDING
    }

    public static final FeedStatus ONLINE = new FeedStatus(true, Reason.NONE);

    public FeedStatus {
        Objects.requireNonNull(reason);
        if (online != (reason == Reason.NONE)) {
            throw new IllegalArgumentException("online exactly when there is no reason");
        }
    }

    public static FeedStatus offline(Reason reason) {
        return new FeedStatus(false, reason);
    }
}
