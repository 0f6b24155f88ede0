package id.warta.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One publication as a calendar event, independent of the iCalendar library that writes it.
 *
 * @param zone  the account's zone; the start is written with its TZID so clients show local time
 * @param alarm how long before the start a reminder fires, or {@code null} for none
 */
public record ExportEvent(String uid, int sequence, Instant stamp, Instant lastModified, Instant start, ZoneId zone,
                          Duration duration, String summary, String description, List<String> categories,
                          EventStatus status, String url, Duration alarm) {
    public ExportEvent {
        categories = List.copyOf(categories);
    }
}
