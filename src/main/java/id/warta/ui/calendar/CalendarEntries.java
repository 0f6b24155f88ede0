package id.warta.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.MonthEntryView;
import id.warta.domain.CalendarEntry;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.common.Formats;
import id.warta.ui.common.StateStyles;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;

/**
 * Mirrors the view-model's publications into CalendarFX calendars, one calendar per colour group
 * (a client or a state), and turns CalendarFX's interval changes after a drag into moves.
 */
public final class CalendarEntries {
    /** Client colours available in the token sheets; more clients reuse them in turn. */
    static final int CLIENT_COLOURS = 6;
    /** A publication is an instant; CalendarFX needs an interval, so it gets half an hour. */
    private static final Duration SLOT = Duration.ofMinutes(30);

    private final CalendarViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BiConsumer<CalendarEntry, Instant> onMove;
    private final CalendarSource source = new CalendarSource("Warta");
    private final Map<String, Calendar<CalendarEntry>> calendars = new LinkedHashMap<>();
    private final Map<String, Entry<CalendarEntry>> byTarget = new java.util.HashMap<>();
    private boolean syncing;

    CalendarEntries(CalendarViewModel model, Messages messages, Formats formats, BiConsumer<CalendarEntry, Instant> onMove) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.onMove = onMove;
        model.entries().addListener((ListChangeListener<CalendarEntry>) c -> sync());
        model.colourByProperty().addListener((o, a, b) -> sync());
        sync();
    }

    CalendarSource source() {
        return source;
    }

    static String clientStyle(int index) {
        return "warta-client-" + Math.floorMod(index, CLIENT_COLOURS);
    }

    static String stateStyle(WorkflowState state) {
        return "warta-" + StateStyles.styleClass(state);
    }

    @SuppressWarnings("unchecked")
    static CalendarEntry publication(Entry<?> entry) {
        Object o = entry == null ? null : entry.getUserObject();
        return o instanceof CalendarEntry e ? e : null;
    }

    boolean canMove(Entry<?> entry) {
        return model.canMove(publication(entry));
    }

    /** Rebuilds every calendar from the model; CalendarFX hears one batch per calendar. */
    private void sync() {
        syncing = true;
        try {
            byTarget.clear();
            Map<String, List<Entry<?>>> grouped = new LinkedHashMap<>();
            for (CalendarEntry e : model.entries()) {
                grouped.computeIfAbsent(styleOf(e), k -> new ArrayList<>()).add(toEntry(e));
            }
            for (var it = calendars.entrySet().iterator(); it.hasNext();) {
                var existing = it.next();
                if (!grouped.containsKey(existing.getKey())) {
                    existing.getValue().clear();
                    source.getCalendars().remove(existing.getValue());
                    it.remove();
                }
            }
            grouped.forEach((style, list) -> {
                Calendar<CalendarEntry> calendar = calendars.computeIfAbsent(style, this::newCalendar);
                calendar.startBatchUpdates();
                calendar.clear();
                calendar.addEntries(list);
                calendar.stopBatchUpdates();
            });
        } finally {
            syncing = false;
        }
    }

    private Calendar<CalendarEntry> newCalendar(String style) {
        Calendar<CalendarEntry> calendar = new Calendar<>(style);
        calendar.setStyle(style);
        calendar.addEventHandler(this::intervalChanged);
        source.getCalendars().add(calendar);
        return calendar;
    }

    private void intervalChanged(CalendarEvent event) {
        if (syncing || event.getEventType() != CalendarEvent.ENTRY_INTERVAL_CHANGED) {
            return;
        }
        CalendarEntry moved = publication(event.getEntry());
        if (moved != null) {
            Instant to = event.getEntry().getStartAsZonedDateTime().toInstant();
            // Outside CalendarFX's own event delivery: the answer rebuilds the very calendar that fired.
            javafx.application.Platform.runLater(() -> onMove.accept(moved, to));
        }
    }

    private String styleOf(CalendarEntry e) {
        return model.colourByProperty().get() == ColourBy.STATE ? stateStyle(e.state())
                : clientStyle(model.clientIndex(e.clientId()));
    }

    private Entry<CalendarEntry> toEntry(CalendarEntry e) {
        Entry<CalendarEntry> entry = new Entry<>(e.channel().displayName() + " \u00b7 " + e.title());
        entry.setId(e.targetId());
        ZonedDateTime start = e.scheduledAt().atZone(model.zone());
        entry.setInterval(start, start.plus(SLOT));
        entry.setLocation(details(e));
        entry.setUserObject(e);
        byTarget.put(e.targetId(), entry);
        return entry;
    }

    /** The second line: state, account, and the account's own time when its zone is not the user's. */
    private String details(CalendarEntry e) {
        StringBuilder text = new StringBuilder(messages.get(StateStyles.labelKey(e.state())));
        text.append(" \u00b7 ").append(e.handle());
        if (!e.zone().zoneId().equals(model.zone())) {
            text.append(" \u00b7 ").append(formats.timeIn(e.scheduledAt(), e.zone()));
        }
        if (model.isOverdue(e)) {
            text.append(" \u00b7 ").append(messages.get("calendar.overdue"));
        }
        return text.toString();
    }

    private String tooltip(CalendarEntry e) {
        return formats.timeIn(e.scheduledAt(), e.zone())
                + "  " + e.title() + "\n" + model.clientName(e.clientId()) + " \u00b7 " + e.channel().displayName()
                + " " + e.handle() + "\n" + details(e);
    }

    MonthEntryView monthEntryView(Entry<?> entry) {
        MonthEntryView view = new MonthEntryView(entry);
        decorate(view, entry);
        return view;
    }

    DayEntryView dayEntryView(Entry<?> entry) {
        DayEntryView view = new DayEntryView(entry);
        decorate(view, entry);
        return view;
    }

    private void decorate(javafx.scene.Node view, Entry<?> entry) {
        CalendarEntry e = publication(entry);
        if (e == null) {
            return;
        }
        // The state stripe shows the state even when the colour tells the client.
        view.getStyleClass().addAll("warta-entry", "warta-entry-" + StateStyles.styleClass(e.state()));
        if (model.isOverdue(e)) {
            view.getStyleClass().add("warta-entry-overdue");
        }
        Tooltip.install(view, new Tooltip(tooltip(e)));
    }

    /** The CalendarFX entry shown for a publication, for tests that move it as a drag would. */
    public Optional<Entry<?>> entryOf(String targetId) {
        return Optional.ofNullable(byTarget.get(targetId));
    }
}
