package id.warta.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import id.warta.service.Messages;
import id.warta.service.OverlayEvent;
import id.warta.service.PlanningRulesService;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * Blackout periods on the calendar: a read-only calendar of their own, whole days in the month
 * view and their exact hours in the week and day views, the reason in the title and the tooltip.
 */
final class BlackoutOverlay {
    /** Calendar styles: CalendarFX names the entry views' classes after them ("warta-blackout-refuse-entry-small"). */
    static final String REFUSE_STYLE = "warta-blackout-refuse";
    static final String WARN_STYLE = "warta-blackout-warn";

    private BlackoutOverlay() {
    }

    static Calendar<OverlayEvent> newCalendar(boolean refuse) {
        Calendar<OverlayEvent> calendar = new Calendar<>(refuse ? "blackout-refuse" : "blackout-warn");
        calendar.setStyle(refuse ? REFUSE_STYLE : WARN_STYLE);
        calendar.setReadOnly(true);
        return calendar;
    }

    static boolean isBlackout(OverlayEvent e) {
        return e.uid().startsWith(PlanningRulesService.EVENT_PREFIX);
    }

    static boolean refuses(OverlayEvent e) {
        return e.uid().startsWith(PlanningRulesService.EVENT_PREFIX + "refuse:");
    }

    static void fill(Calendar<OverlayEvent> calendar, List<OverlayEvent> events, ZoneId zone, boolean wholeDays) {
        List<Entry<?>> entries = new ArrayList<>();
        for (OverlayEvent e : events) {
            Entry<OverlayEvent> entry = new Entry<>(e.title());
            if (wholeDays) {
                entry.setInterval(e.firstDay().atStartOfDay(zone), e.lastDay().plusDays(1).atStartOfDay(zone)
                        .minusMinutes(1));
                entry.setFullDay(true);
            } else {
                entry.setInterval(e.start().atZone(zone), e.end().atZone(zone));
            }
            entry.setLocation(e.calendarName());
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

    /** A tooltip with the rule and its reason. */
    static void decorate(Node view, Entry<?> entry, Messages messages) {
        if (!(entry.getUserObject() instanceof OverlayEvent e) || !isBlackout(e)) {
            return;
        }
        Tooltip.install(view, new Tooltip(messages.get(refuses(e) ? "planning.blackout.refuse" : "planning.blackout.warn")
                + "\n" + e.title()));
    }
}
