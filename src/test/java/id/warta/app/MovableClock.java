package id.warta.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test sets, so audit entries land on the days the test needs. */
final class MovableClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
