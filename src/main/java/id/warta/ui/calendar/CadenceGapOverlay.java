package id.warta.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import id.warta.domain.CadenceGap;
import id.warta.service.Messages;
import id.warta.service.OverlayEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * Weeks in which accounts have fewer posts planned than their targets, as a read-only marker on the
 * week's Monday on the calendar grid, so a planner sees the gap where the posts are missing.
 */
public final class CadenceGapOverlay {
    static final String STYLE = "warta-cadence-gap";
    private static final String PREFIX = "cadence-gap:";

    private CadenceGapOverlay() {
    }

    /**
     * One marker per week on its Monday, so a busy month keeps its room for posts: the number of
     * accounts below target in the title, each account with its count in the tooltip.
     */
    public static List<OverlayEvent> asEvents(List<CadenceGap> gaps, Messages messages) {
        Map<LocalDate, List<CadenceGap>> byWeek = new TreeMap<>();
        gaps.forEach(g -> byWeek.computeIfAbsent(g.weekStart(), w -> new ArrayList<>()).add(g));
        List<OverlayEvent> events = new ArrayList<>();
        byWeek.forEach((monday, week) -> {
            String details = week.stream().map(g -> messages.format("planning.cadence.line", g.accountLabel(),
                    g.planned(), g.target())).collect(Collectors.joining("\n"));
            events.add(OverlayEvent.allDay(PREFIX + monday, messages.format("planning.cadence.marker", week.size()),
                    monday, monday, details));
        });
        return events;
    }

    static boolean isGap(OverlayEvent e) {
        return e.uid().startsWith(PREFIX);
    }

    static Calendar<OverlayEvent> newCalendar() {
        Calendar<OverlayEvent> calendar = new Calendar<>("cadence-gap");
        calendar.setStyle(STYLE);
        calendar.setReadOnly(true);
        return calendar;
    }

    static void fill(Calendar<OverlayEvent> calendar, List<OverlayEvent> gaps, ZoneId zone) {
        List<Entry<?>> entries = new ArrayList<>();
        for (OverlayEvent e : gaps) {
            Entry<OverlayEvent> entry = new Entry<>(e.title());
            entry.setInterval(e.firstDay().atStartOfDay(zone), e.lastDay().plusDays(1).atStartOfDay(zone).minusMinutes(1));
            entry.setFullDay(true);
            entry.setUserObject(e);
            entries.add(entry);
        }
        calendar.setReadOnly(false);
        calendar.startBatchUpdates();
        calendar.clear();
        calendar.addEntries(entries);
        calendar.stopBatchUpdates();
        calendar.setReadOnly(true);
    }

    static void decorate(Node view, Entry<?> entry, Messages messages) {
        if (entry.getUserObject() instanceof OverlayEvent e && isGap(e)) {
            Tooltip.install(view, new Tooltip(messages.get("planning.cadence.title") + "\n" + e.calendarName()));
        }
    }
}
