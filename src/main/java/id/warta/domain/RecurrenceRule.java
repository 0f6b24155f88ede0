package id.warta.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a post repeats: every {@code interval} days, weeks (on chosen weekdays) or months, up to and
 * including {@code until}. Dates are taken in the zone of the account that publishes, so "every
 * Friday at 09:00" is a Friday in Jayapura for a WIT account. Indonesia has no daylight saving
 * time, so an occurrence keeps the first publication's local time.
 *
 * <p>The rule may hold what the user typed, including no end; {@link #dates(LocalDate)} and
 * {@link #problem(LocalDate)} refuse a rule without an end, with an end before its start, or with
 * more than {@link #MAX_OCCURRENCES} dates.
 */
public record RecurrenceRule(Frequency frequency, int interval, Set<DayOfWeek> days, LocalDate until) {
    /** A year of daily posts; anything longer is a typing slip or belongs in a new series. */
    public static final int MAX_OCCURRENCES = 366;
    public static final int MAX_INTERVAL = 52;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.BASIC_ISO_DATE;

    public enum Frequency {
        DAILY, WEEKLY, MONTHLY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RecurrenceRule {
        if (frequency == null) {
            throw new IllegalArgumentException("frequency");
        }
        Set<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
        if (days != null) {
            copy.addAll(days);
        }
        days = frequency == Frequency.WEEKLY ? java.util.Collections.unmodifiableSet(copy) : Set.of();
    }

    public static RecurrenceRule weekly(int interval, Collection<DayOfWeek> days, LocalDate until) {
        return new RecurrenceRule(Frequency.WEEKLY, interval, days == null ? Set.of() : Set.copyOf(days), until);
    }

    public static RecurrenceRule daily(int interval, LocalDate until) {
        return new RecurrenceRule(Frequency.DAILY, interval, Set.of(), until);
    }

    public static RecurrenceRule monthly(int interval, LocalDate until) {
        return new RecurrenceRule(Frequency.MONTHLY, interval, Set.of(), until);
    }

    /** What is wrong with this rule for a series starting on {@code start}, if anything. */
    public Optional<RecurrenceException.Problem> problem(LocalDate start) {
        try {
            dates(start);
            return Optional.empty();
        } catch (RecurrenceException e) {
            return Optional.of(e.problem());
        }
    }

    /**
     * The dates of the series starting on {@code start}, in order, {@code until} included. The
     * start itself counts only when it fits the rule (a weekly rule on Fridays started on a
     * Wednesday begins that Friday); a weekly rule without days repeats on the start's weekday;
     * a monthly rule on the 31st falls on the last day of shorter months.
     *
     * @throws RecurrenceException when the rule has no end, ends before {@code start}, or has too many dates
     */
    public List<LocalDate> dates(LocalDate start) {
        if (interval < 1 || interval > MAX_INTERVAL) {
            throw new RecurrenceException(RecurrenceException.Problem.BAD_INTERVAL);
        }
        if (until == null) {
            throw new RecurrenceException(RecurrenceException.Problem.NO_END);
        }
        if (until.isBefore(start)) {
            throw new RecurrenceException(RecurrenceException.Problem.END_BEFORE_START);
        }
        List<LocalDate> out = new ArrayList<>();
        switch (frequency) {
            case DAILY -> {
                for (LocalDate d = start; !d.isAfter(until); d = d.plusDays(interval)) {
                    add(out, d);
                }
            }
            case WEEKLY -> {
                Set<DayOfWeek> on = days.isEmpty() ? EnumSet.of(start.getDayOfWeek()) : days;
                LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                for (LocalDate week = monday; !week.isAfter(until); week = week.plusWeeks(interval)) {
                    for (int i = 0; i < 7; i++) {
                        LocalDate d = week.plusDays(i);
                        if (on.contains(d.getDayOfWeek()) && !d.isBefore(start) && !d.isAfter(until)) {
                            add(out, d);
                        }
                    }
                }
            }
            case MONTHLY -> {
                for (long n = 0; ; n += interval) {
                    LocalDate d = start.plusMonths(n); // plusMonths clamps the 31st to the month's last day
                    if (d.isAfter(until)) {
                        break;
                    }
                    add(out, d);
                }
            }
            default -> throw new IllegalStateException(frequency.name());
        }
        if (out.isEmpty()) {
            // Every chosen weekday falls after the end: as wrong as an end before the start.
            throw new RecurrenceException(RecurrenceException.Problem.END_BEFORE_START);
        }
        return out;
    }

    private static void add(List<LocalDate> out, LocalDate d) {
        if (out.size() == MAX_OCCURRENCES) {
            throw new RecurrenceException(RecurrenceException.Problem.TOO_MANY);
        }
        out.add(d);
    }

    /**
     * The publications of one account: {@code first} is the time typed for it, whose date in
     * {@code zone} starts the series and whose local time every occurrence keeps. Keyed by the
     * local date each occurrence stands for, in order.
     */
    public Map<LocalDate, Instant> occurrences(Instant first, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(first, zone);
        Map<LocalDate, Instant> out = new LinkedHashMap<>();
        for (LocalDate d : dates(local.toLocalDate())) {
            out.put(d, d.atTime(local.toLocalTime()).atZone(zone).toInstant());
        }
        return out;
    }

    // ---- storage form ----------------------------------------------------------------------------

    /**
     * The stored form, in the spirit of an iCalendar RRULE: {@code FREQ=WEEKLY;INTERVAL=1;BYDAY=FR;UNTIL=20261231}.
     * UNTIL is a date in the account's zone.
     */
    public String encode() {
        StringBuilder s = new StringBuilder("FREQ=").append(frequency.name()).append(";INTERVAL=").append(interval);
        if (!days.isEmpty()) {
            s.append(";BYDAY=").append(days.stream().map(RecurrenceRule::dayCode).collect(Collectors.joining(",")));
        }
        if (until != null) {
            s.append(";UNTIL=").append(UNTIL.format(until));
        }
        return s.toString();
    }

    /** Reads {@link #encode()}'s form back. */
    public static RecurrenceRule parse(String text) {
        Frequency frequency = null;
        int interval = 1;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        LocalDate until = null;
        try {
            for (String part : text.strip().split(";")) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("Not a repeat rule: " + text);
                }
                String value = part.substring(eq + 1);
                switch (part.substring(0, eq)) {
                    case "FREQ" -> frequency = Frequency.valueOf(value);
                    case "INTERVAL" -> interval = Integer.parseInt(value);
                    case "BYDAY" -> {
                        for (String d : value.split(",")) {
                            days.add(fromCode(d));
                        }
                    }
                    case "UNTIL" -> until = LocalDate.parse(value, UNTIL);
                    default -> throw new IllegalArgumentException("Unknown part " + part + " in " + text);
                }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a repeat rule: " + text, e);
        }
        if (frequency == null) {
            throw new IllegalArgumentException("Not a repeat rule: " + text);
        }
        return new RecurrenceRule(frequency, interval, days, until);
    }

    private static String dayCode(DayOfWeek d) {
        return d.name().substring(0, 2);
    }

    private static DayOfWeek fromCode(String code) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (dayCode(d).equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown weekday " + code);
    }
}
