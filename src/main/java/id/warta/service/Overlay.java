package id.warta.service;

import java.time.Instant;

/** A read-only calendar shown beside the schedule; {@code builtin} ones ship with Warta (national holidays). */
public record Overlay(String id, String name, String source, Instant importedAt, int eventCount) {
    public boolean builtin() {
        return source.startsWith(OverlayService.BUILTIN_PREFIX);
    }
}
