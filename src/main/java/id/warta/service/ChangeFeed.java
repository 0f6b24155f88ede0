package id.warta.service;

import java.util.Set;

/**
 * Tells this desktop that the team database changed, and whether the server can be reached.
 * Implementations run on their own thread and call the listener from it, never from the FX
 * thread; a listener that touches the screen hands the work over itself. A hint says only that
 * something up to a revision changed: the data is read again through the normal (rights-filtered)
 * queries.
 */
public interface ChangeFeed extends AutoCloseable {

    /** Starts watching; the listener hears the connection state first, then changes. Call once. */
    void start(Listener listener);

    /** The newest revision reported so far (or found on the first connection). */
    long lastRevision();

    /** Stops watching and releases the connection; no calls to the listener follow. */
    @Override
    void close();

    interface Listener {
        /** Changes after {@code changes.afterRevision()} up to {@code changes.upToRevision()} were committed. */
        void changed(Changes changes);

        /** The connection came up, or was lost (then writes would fail and the data may be stale). */
        void status(FeedStatus status);
    }

    /**
     * Committed changes in {@code (afterRevision, upToRevision]}; {@code entities} names the
     * tables that changed (e.g. {@code post}, {@code post_target}), which may be empty when the
     * server's log was pruned.
     */
    record Changes(long afterRevision, long upToRevision, Set<String> entities) {
        public Changes {
            entities = Set.copyOf(entities);
        }
    }
}
