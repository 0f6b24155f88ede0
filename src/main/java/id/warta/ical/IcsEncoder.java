package id.warta.ical;

import id.warta.service.CalendarEncoder;
import id.warta.service.EventStatus;
import id.warta.service.ExportCalendar;
import id.warta.service.ExportEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes an {@link ExportCalendar} as RFC 5545 with ical4j: one VEVENT per publication, start and
 * end in the account's zone with a trimmed VTIMEZONE for each zone used, UTF-8, CRLF, and lines
 * folded at 75 octets.
 */
public final class IcsEncoder implements CalendarEncoder {
    private static final String PRODUCT = "-//Warta//Warta content planner//ID";

    private final TrimmedTimeZones zones = new TrimmedTimeZones();

    @Override
    public void write(ExportCalendar calendar, OutputStream out) throws IOException {
        out.write(encode(calendar));
        out.flush();
    }

    /** The whole file as bytes. */
    public byte[] encode(ExportCalendar export) {
        return OctetFolding.fold(build(export).toString());
    }

    Calendar build(ExportCalendar export) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new XProperty("X-WR-CALNAME", export.name()));
        String refresh = export.refreshInterval().toString();
        calendar.add(new XProperty("REFRESH-INTERVAL", new ParameterList(List.of(Value.DURATION)), refresh));
        // Outlook reads its own name for the same hint.
        calendar.add(new XProperty("X-PUBLISHED-TTL", refresh));
        Set<ZoneId> used = new LinkedHashSet<>();
        export.events().forEach(e -> used.add(e.zone()));
        used.forEach(z -> calendar.add(zones.of(z)));
        for (ExportEvent e : export.events()) {
            calendar.add(event(e));
        }
        return calendar;
    }

    private static VEvent event(ExportEvent e) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        event.add(new DtStamp(e.stamp()));
        event.add(new LastModified(e.lastModified()));
        // Local time plus an explicit TZID: the same text ical4j writes for a ZonedDateTime, but
        // formatting a ZonedDateTime costs ical4j a zone lookup per property (half the encoding time).
        ParameterList zone = new ParameterList(List.of(new TzId(e.zone().getId())));
        event.add(new DtStart<>(zone, LocalDateTime.ofInstant(e.start(), e.zone())));
        event.add(new DtEnd<>(zone, LocalDateTime.ofInstant(e.start().plus(e.duration()), e.zone())));
        event.add(new Summary(e.summary()));
        event.add(new Description(e.description()));
        event.add(new Categories(new TextList(e.categories())));
        event.add(new Status(statusValue(e.status())));
        if (e.url() != null) {
            toUri(e.url()).ifPresent(uri -> event.add(new Url(uri)));
        }
        if (e.alarm() != null && e.status() != EventStatus.CANCELLED) {
            VAlarm alarm = new VAlarm(e.alarm().negated());
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(e.summary()));
            event.add(alarm);
        }
        return event;
    }

    private static String statusValue(EventStatus status) {
        return switch (status) {
            case TENTATIVE -> Status.VALUE_TENTATIVE;
            case CONFIRMED -> Status.VALUE_CONFIRMED;
            case CANCELLED -> Status.VALUE_CANCELLED;
        };
    }

    private static java.util.Optional<URI> toUri(String url) {
        try {
            return java.util.Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            // A live URL is checked when it is entered; an odd one is still in the description.
            return java.util.Optional.empty();
        }
    }
}
