package id.warta.ui.common;

import id.warta.domain.AccountZone;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the user reads them, in their language. */
public final class Formats {
    private final DateTimeFormatter dayHeading;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale) {
        this.dayHeading = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH.mm", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    public String dayHeading(Instant at, ZoneId zone) {
        return dayHeading.format(at.atZone(zone));
    }

    /** "09.00 WIB": the time in the account's own zone, with the zone's Indonesian abbreviation. */
    public String timeIn(Instant at, AccountZone zone) {
        ZonedDateTime local = at.atZone(zone.zoneId());
        return time.format(local) + " " + zone.name();
    }

    public String month(YearMonth value) {
        String text = month.format(value);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return dateTime.format(at.atZone(zone));
    }
}
