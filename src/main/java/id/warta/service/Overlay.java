package id.warta.service;

import java.time.Instant;

/**
 * A read-only calendar shown beside the schedule; {@code builtin} ones ship with Warta (national
 * holidays), {@code subscribed} ones are fetched again from their address ({@code subscription}
 * is null for the others).
 */
public record Overlay(String id, String name, String source, Instant importedAt, int eventCount,
                      OverlaySubscription subscription) {
    public static final String URL_PREFIX = "url:";

    public Overlay(String id, String name, String source, Instant importedAt, int eventCount) {
        this(id, name, source, importedAt, eventCount, null);
    }

    public boolean builtin() {
        return source.startsWith(OverlayService.BUILTIN_PREFIX);
    }

    public boolean subscribed() {
        return subscription != null;
    }
}
