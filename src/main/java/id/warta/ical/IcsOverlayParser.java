package id.warta.ical;

import id.warta.service.OverlayEvent;
import id.warta.service.OverlayImportException;
import id.warta.service.OverlayParser;
import id.warta.service.ParsedCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * Reads an .ics file into neutral overlay events. Everything is checked before anything is returned,
 * so the caller stores the whole calendar or nothing. Problems ical4j would pass over quietly
 * (a time zone nobody defines, a line that is neither a property nor a fold) are reported with
 * their line, because a wrong hour in a holiday calendar is worse than a refused file.
 */
public final class IcsOverlayParser implements OverlayParser {
    /** Floating times (no zone) are read as office time. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");
    private static final Pattern TZID_PARAM = Pattern.compile(";TZID=(\"[^\"]*\"|[^;:]*)");
    private static final Pattern CONTENT_LINE = Pattern.compile("^[A-Za-z0-9-]+[;:]");

    @Override
    public ParsedCalendar parse(InputStream in) {
        String text = decode(in);
        String[] lines = text.split("\r\n|\n|\r", -1);
        checkShape(lines);
        checkZones(lines);
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new OverlayImportException("overlay.error.syntax", e, Math.max(1, e.getLineNo()));
        } catch (IOException | RuntimeException e) {
            throw new OverlayImportException("overlay.error.syntax", e, lines.length);
        }
        String name = calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElse(null);
        List<OverlayEvent> events = new ArrayList<>();
        for (Component c : calendar.getComponents(Component.VEVENT)) {
            events.add(event((VEvent) c, name));
        }
        return new ParsedCalendar(name, List.copyOf(events));
    }

    private static String decode(InputStream in) {
        try {
            byte[] bytes = in.readAllBytes();
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new OverlayImportException("overlay.error.notCalendar", e, 1);
        } catch (IOException e) {
            throw new OverlayImportException("overlay.error.syntax", e, 1);
        }
    }

    /** The first line must open a calendar, every line must be a property or a fold, and the calendar must end. */
    private static void checkShape(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new OverlayImportException("overlay.error.notCalendar", null, 1);
        }
        int depth = 0;
        int last = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            last = i + 1;
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue;
            }
            if (!CONTENT_LINE.matcher(line).find()) {
                throw new OverlayImportException("overlay.error.folding", null, i + 1);
            }
            String upper = line.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("BEGIN:")) {
                depth++;
            } else if (upper.startsWith("END:")) {
                depth--;
            }
        }
        if (depth != 0) {
            throw new OverlayImportException("overlay.error.unclosed", null, last);
        }
    }

    /** A TZID must be a VTIMEZONE of the file or a zone Java knows; otherwise times would silently shift. */
    private static void checkZones(String[] lines) {
        Set<String> defined = new HashSet<>(ZoneId.getAvailableZoneIds());
        for (String line : lines) {
            if (line.toUpperCase(java.util.Locale.ROOT).startsWith("TZID:")) {
                defined.add(line.substring(5).strip());
            }
        }
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TZID_PARAM.matcher(lines[i]);
            if (m.find()) {
                String zone = m.group(1).replace("\"", "").strip();
                if (!defined.contains(zone)) {
                    throw new OverlayImportException("overlay.error.timeZone", null, zone, i + 1);
                }
            }
        }
    }

    private static OverlayEvent event(VEvent e, String calendarName) {
        Optional<DtStart<Temporal>> start = e.getProperty(Property.DTSTART);
        String title = e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("").strip();
        if (start.isEmpty()) {
            throw new OverlayImportException("overlay.error.noStart", null, title);
        }
        Temporal s = start.get().getDate();
        Optional<DtEnd<Temporal>> endProp = e.getProperty(Property.DTEND);
        Temporal end = endProp.map(DtEnd::getDate).orElse(null);
        String uid = e.getProperty(Property.UID).map(Property::getValue).orElse(null);
        if (s instanceof LocalDate day) {
            LocalDate last = end instanceof LocalDate d && d.isAfter(day) ? d.minusDays(1) : day;
            return OverlayEvent.allDay(uid != null ? uid : day + "-" + title.hashCode(), title, day, last,
                    calendarName);
        }
        Instant from = instant(s);
        Instant to = end == null ? from : instant(end);
        if (to.isBefore(from)) {
            to = from;
        }
        return new OverlayEvent(uid != null ? uid : from + "-" + title.hashCode(), title,
                LocalDate.ofInstant(from, OFFICE_ZONE), LocalDate.ofInstant(to, OFFICE_ZONE), from, to, calendarName);
    }

    private static Instant instant(Temporal t) {
        if (t instanceof Instant i) {
            return i;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(OFFICE_ZONE).toInstant();
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(OFFICE_ZONE).toInstant();
        }
        throw new OverlayImportException("overlay.error.syntax", null, 1);
    }
}
