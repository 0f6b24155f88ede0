package id.warta.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import id.warta.domain.CadenceGap;
import id.warta.service.Messages;
import id.warta.service.OverlayEvent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * Weeks in which an account has fewer posts planned than its target, as a read-only bar across the
 * week on the calendar grid, so a planner sees the gap where the posts are missing.
 */
public final class CadenceGapOverlay {
    static final String STYLE = "warta-cadence-gap";
    private static final String PREFIX = "cadence-gap:";

    private CadenceGapOverlay() {
    }

    /** The gap as an overlay event spanning its Monday-to-Sunday week. */
    public static OverlayEvent asEvent(CadenceGap gap, Messages messages) {
        return OverlayEvent.allDay(PREFIX + gap.accountId() + ":" + gap.weekStart(),
                messages.format("planning.cadence.marker", gap.accountLabel(), gap.planned(), gap.target()),
                gap.weekStart(), gap.weekStart().plusDays(6), messages.get("planning.cadence.title"));
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

    static void decorate(Node view, Entry<?> entry, Messages messages) {
        if (entry.getUserObject() instanceof OverlayEvent e && isGap(e)) {
            Tooltip.install(view, new Tooltip(messages.get("planning.cadence.title") + "\n" + e.title()));
        }
    }
}
