package id.warta.domain;

/**
 * Something about a publication time the user should know: a blackout that refuses it, a
 * blackout that warns, or a time outside the account's posting hours. {@code detail} is the
 * blackout's reason or the hours ("06:00–21:00 WITA").
 */
public record ScheduleIssue(Kind kind, String accountLabel, String name, String detail) {
    public enum Kind {
        BLACKOUT_REFUSED, BLACKOUT_WARNING, OUTSIDE_HOURS
    }

    public boolean refuses() {
        return kind == Kind.BLACKOUT_REFUSED;
    }
}
