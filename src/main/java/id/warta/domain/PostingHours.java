package id.warta.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of the day an account posts in, in the account's own time zone, for example 06:00 to
 * 21:00 WITA. {@code from} is inclusive and {@code to} exclusive; a window that ends before it
 * starts runs over midnight (22:00 to 02:00).
 */
public record PostingHours(LocalTime from, LocalTime to) {
    public PostingHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("Posting hours need a start and a different end");
        }
    }

    /** True when {@code at}, read on the account's clock ({@code zone}), falls inside the hours. */
    public boolean allows(Instant at, AccountZone zone) {
        LocalTime local = at.atZone(zone.zoneId()).toLocalTime();
        if (from.isBefore(to)) {
            return !local.isBefore(from) && local.isBefore(to);
        }
        return !local.isBefore(from) || local.isBefore(to);
    }

    /** "06:00–21:00". */
    public String text() {
        return from + "\u2013" + to;
    }
}
