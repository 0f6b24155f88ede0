package id.warta.service;

import java.time.Duration;
import java.util.List;

/**
 * A whole calendar to write: its display name (X-WR-CALNAME), how often subscribers should
 * refresh it (REFRESH-INTERVAL) and its events in time order.
 */
public record ExportCalendar(String name, Duration refreshInterval, List<ExportEvent> events) {
    public ExportCalendar {
        events = List.copyOf(events);
    }
}
