package id.warta.ical;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * VTIMEZONE components cut to the rules in use. Indonesia's zones have had one fixed offset since
 * the 1960s, so one STANDARD block from 1970 describes every publication exactly; ical4j's own
 * definitions carry every historical change (eight blocks for Asia/Jakarta). A zone that still
 * changes offset gets ical4j's full definition instead.
 */
final class TrimmedTimeZones {
    private static final LocalDateTime SINCE = LocalDateTime.of(1970, 1, 1, 0, 0);
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private final Map<ZoneId, VTimeZone> cache = new ConcurrentHashMap<>();

    VTimeZone of(ZoneId zone) {
        return cache.computeIfAbsent(zone, TrimmedTimeZones::build).copy();
    }

    private static VTimeZone build(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        boolean fixedSince1970 = rules.getTransitionRules().isEmpty()
                && (rules.getTransitions().isEmpty() || rules.getTransitions().get(rules.getTransitions().size() - 1)
                        .getDateTimeBefore().isBefore(SINCE));
        if (!fixedSince1970) {
            return TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone();
        }
        ZoneOffset offset = rules.getOffset(SINCE.toInstant(ZoneOffset.UTC));
        Standard standard = new Standard();
        standard.add(new DtStart<>(SINCE));
        standard.add(new TzOffsetFrom(offset));
        standard.add(new TzOffsetTo(offset));
        standard.add(new TzName(ABBREVIATIONS.getOrDefault(zone.getId(),
                zone.getDisplayName(TextStyle.SHORT, Locale.ROOT))));
        VTimeZone vtz = new VTimeZone();
        vtz.add(new TzId(zone.getId()));
        vtz.add(standard);
        return vtz;
    }
}
