package id.warta.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of a read-only overlay calendar, free of any iCalendar library: either all-day
 * ({@code firstDay}..{@code lastDay}, inclusive, no instants) or timed ({@code start}..{@code end}).
 */
public record OverlayEvent(String uid, String title, LocalDate firstDay, LocalDate lastDay, Instant start,
                           Instant end, String calendarName) {
    public OverlayEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("A timed event needs both start and end");
        }
    }

    public static OverlayEvent allDay(String uid, String title, LocalDate first, LocalDate last, String calendar) {
        return new OverlayEvent(uid, title, first, last, null, null, calendar);
    }

    public boolean isAllDay() {
        return start == null;
    }
}
