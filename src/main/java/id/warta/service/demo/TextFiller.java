package id.warta.service.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {placeholder}s and formats dates and times the way Indonesian humas posts write them. */
final class TextFiller {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    private TextFiller() {
    }

    /** Replaces every placeholder; an unknown one is a bug in a template and fails loudly. */
    static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + m.group(1) + "} in: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "Kamis, 12 Maret 2026". */
    static String longDate(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - 1] + ", " + date.getDayOfMonth() + " "
                + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "12 Mar". */
    static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1].substring(0, 3);
    }

    /** "19.30", the Indonesian clock notation. */
    static String clock(LocalTime time) {
        return String.format("%02d.%02d", time.getHour(), time.getMinute());
    }
}
