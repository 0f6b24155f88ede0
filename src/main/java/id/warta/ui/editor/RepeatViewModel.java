package id.warta.ui.editor;

import id.warta.domain.RecurrenceException;
import id.warta.domain.RecurrenceRule;
import id.warta.domain.RecurrenceRule.Frequency;
import id.warta.service.Messages;
import id.warta.service.RepeatRuleException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The editor's "Ulangi" (repeat) control without its controls: none, or every N days, weeks (on
 * chosen weekdays) or months until a date. It keeps what the user typed even when the rule is
 * wrong, and says what is wrong in {@link #problemProperty()}; {@link #summaryProperty()} reads the
 * rule back ("Setiap Jumat sampai 31 Des 2026 — 4 kali") for the first publication's date.
 */
public final class RepeatViewModel {
    /** What the user picked in the first box. */
    public enum Mode {
        NONE, DAILY, WEEKLY, MONTHLY;

        Frequency frequency() {
            return switch (this) {
                case DAILY -> Frequency.DAILY;
                case WEEKLY -> Frequency.WEEKLY;
                case MONTHLY -> Frequency.MONTHLY;
                case NONE -> null;
            };
        }

        static Mode of(Frequency f) {
            return switch (f) {
                case DAILY -> DAILY;
                case WEEKLY -> WEEKLY;
                case MONTHLY -> MONTHLY;
            };
        }
    }

    private final Messages messages;
    private final DateTimeFormatter dateFormat;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final IntegerProperty interval = new SimpleIntegerProperty(1);
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    /** The first publication's date; null while the post has no publication. */
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper();
    private Optional<RecurrenceRule> baseline = Optional.empty();

    public RepeatViewModel(Messages messages) {
        this.messages = messages;
        this.dateFormat = DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale());
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, new SimpleBooleanProperty());
        }
        List<Observable> inputs = new java.util.ArrayList<>(List.of(mode, interval, until, start));
        inputs.addAll(days.values());
        inputs.forEach(o -> o.addListener(x -> update()));
        // Choosing "weekly" for the first time ticks the first publication's weekday, as calendars do.
        mode.addListener((o, a, b) -> {
            if (b == Mode.WEEKLY && chosenDays().isEmpty() && start.get() != null) {
                days.get(start.get().getDayOfWeek()).set(true);
            }
        });
        update();
    }

    /** Shows a stored rule (or none) as the saved state. */
    public void load(Optional<RecurrenceRule> rule) {
        baseline = rule;
        stored.set(rule.isPresent());
        days.values().forEach(p -> p.set(false));
        if (rule.isPresent()) {
            RecurrenceRule r = rule.get();
            interval.set(r.interval());
            r.days().forEach(d -> days.get(d).set(true));
            until.set(r.until());
            mode.set(Mode.of(r.frequency()));
        } else {
            mode.set(Mode.NONE);
            interval.set(1);
            until.set(null);
        }
        update();
    }

    /** What was just saved becomes the baseline. */
    public void markSaved() {
        baseline = typed();
        stored.set(baseline.isPresent());
        update();
    }

    /** The rule as typed, even if it is wrong; empty for "does not repeat". */
    public Optional<RecurrenceRule> typed() {
        Mode m = mode.get();
        if (m == null || m == Mode.NONE) {
            return Optional.empty();
        }
        return Optional.of(new RecurrenceRule(m.frequency(), interval.get(), chosenDays(), until.get()));
    }

    /** True when the rule can be saved: none, or a rule whose dates exist and are not too many. */
    public boolean isValid() {
        return problem.get().isEmpty();
    }

    private Set<DayOfWeek> chosenDays() {
        return days.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(DayOfWeek.class)));
    }

    private void update() {
        Optional<RecurrenceRule> rule = typed();
        dirty.set(!rule.equals(baseline));
        if (rule.isEmpty()) {
            summary.set("");
            problem.set("");
            return;
        }
        RecurrenceRule r = rule.get();
        try {
            if (start.get() == null) {
                // No publication yet: what can be checked without a start is checked.
                r.dates(r.until() == null ? LocalDate.of(2000, 1, 1) : r.until().minusYears(1));
                problem.set("");
                summary.set(messages.get("repeat.noStart"));
                return;
            }
            int count = r.dates(start.get()).size();
            problem.set("");
            summary.set(describe(r, count));
        } catch (RecurrenceException e) {
            boolean meaningful = start.get() != null || e.problem() == RecurrenceException.Problem.NO_END
                    || e.problem() == RecurrenceException.Problem.BAD_INTERVAL;
            problem.set(meaningful ? messages.format(RepeatRuleException.messageKeyOf(e.problem()),
                    String.valueOf(RecurrenceRule.MAX_OCCURRENCES), String.valueOf(RecurrenceRule.MAX_INTERVAL)) : "");
            summary.set(meaningful ? "" : messages.get("repeat.noStart"));
        }
    }

    private String describe(RecurrenceRule r, int count) {
        String end = dateFormat.format(r.until());
        boolean one = r.interval() == 1;
        return switch (r.frequency()) {
            case DAILY -> messages.format(one ? "repeat.summary.daily" : "repeat.summary.dailyN", "", end, count,
                    r.interval());
            case WEEKLY -> messages.format(one ? "repeat.summary.weekly" : "repeat.summary.weeklyN",
                    dayList(r.days().isEmpty() && start.get() != null ? Set.of(start.get().getDayOfWeek()) : r.days()),
                    end, count, r.interval());
            case MONTHLY -> messages.format(one ? "repeat.summary.monthly" : "repeat.summary.monthlyN",
                    start.get() == null ? "" : String.valueOf(start.get().getDayOfMonth()), end, count, r.interval());
        };
    }

    /** "Jumat", "Senin dan Jumat", "Senin, Rabu dan Jumat". */
    private String dayList(Set<DayOfWeek> chosen) {
        List<String> names = chosen.stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, messages.locale()))
                .toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return messages.format("repeat.summary.list", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    /** A short name for a weekday button ("Sen", "Mon"). */
    public String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, messages.locale());
    }

    // ---- properties ------------------------------------------------------------------------------

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public IntegerProperty intervalProperty() {
        return interval;
    }

    public BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when the saved post repeats: the editor then explains how changes reach its occurrences. */
    public ReadOnlyBooleanProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
