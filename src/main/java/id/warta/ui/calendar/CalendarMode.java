package id.warta.ui.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the calendar shows its period; the code is what the computer's preferences remember. */
public enum CalendarMode {
    MONTH, WEEK, DAY, AGENDA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CalendarMode> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
