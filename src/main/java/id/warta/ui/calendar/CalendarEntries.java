package id.warta.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import id.warta.service.OverlayEvent;
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
    private static final String SUMMARY_STYLE = "warta-more";
    private static final String OVERLAY_STYLE = "warta-overlay";
    static final String RECURRING_MARK = "\u21bb ";

    private final CalendarViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BiConsumer<CalendarEntry, Instant> onMove;
    private final CalendarSource source = new CalendarSource("Warta");
    /** Read-only calendars beside the schedule (holidays, imported files), in a source of their own. */
    private final CalendarSource overlaySource = new CalendarSource("Overlays");
    private final Calendar<OverlayEvent> overlayCalendar = new Calendar<>("overlay");
    /** Blackout periods (see {@link BlackoutOverlay}): drawn apart from holidays, with their reason. */
    private final Calendar<OverlayEvent> refusingBlackouts = BlackoutOverlay.newCalendar(true);
    private final Calendar<OverlayEvent> warningBlackouts = BlackoutOverlay.newCalendar(false);
    /** Weeks below an account's target (see {@link CadenceGapOverlay}). */
    private final Calendar<OverlayEvent> cadenceGaps = CadenceGapOverlay.newCalendar();
    private List<OverlayEvent> overlayEvents = List.of();
    private final Map<String, Calendar<CalendarEntry>> calendars = new LinkedHashMap<>();
    private final Map<String, Entry<CalendarEntry>> byTarget = new java.util.HashMap<>();
    private final Tooltip details = sharedTooltip();
    private final java.util.function.IntSupplier perDay;
    private int lastPerDay;
    private com.calendarfx.view.DateControl shownIn;
    private boolean active;
    private boolean syncing;

    /**
     * {@code perDay} is how many entries a day can show; a busier day shows one fewer and a
     * "+n more" entry that opens the day. CalendarFX builds a view for every entry it is given, so a
     * month of 800 publications would otherwise cost 800 views, nearly all hidden.
     */
    CalendarEntries(CalendarViewModel model, Messages messages, Formats formats, BiConsumer<CalendarEntry, Instant> onMove,
                    java.util.function.IntSupplier perDay) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.onMove = onMove;
        this.perDay = perDay;
        model.entries().addListener((ListChangeListener<CalendarEntry>) c -> sync());
        model.colourByProperty().addListener((o, a, b) -> sync());
        overlayCalendar.setStyle(OVERLAY_STYLE);
        overlayCalendar.setReadOnly(true);
        overlaySource.getCalendars().addAll(overlayCalendar, refusingBlackouts, warningBlackouts, cadenceGaps);
    }

    /** Replaces the overlay entries; all-day events show in the month view, timed ones at their hours. */
    void showOverlays(List<OverlayEvent> events) {
        overlayEvents = List.copyOf(events);
        List<Entry<?>> entries = new ArrayList<>();
        List<OverlayEvent> blackouts = new ArrayList<>();
        List<OverlayEvent> gaps = new ArrayList<>();
        for (OverlayEvent e : events) {
            if (BlackoutOverlay.isBlackout(e)) {
                blackouts.add(e);
                continue;
            }
            if (CadenceGapOverlay.isGap(e)) {
                gaps.add(e);
                continue;
            }
            Entry<OverlayEvent> entry = new Entry<>(e.title());
            if (e.isAllDay()) {
                entry.setInterval(e.firstDay().atStartOfDay(model.zone()),
                        e.lastDay().plusDays(1).atStartOfDay(model.zone()).minusMinutes(1));
                entry.setFullDay(true);
            } else {
                entry.setInterval(e.start().atZone(model.zone()), e.end().atZone(model.zone()));
            }
            entry.setLocation(e.calendarName());
            entry.setUserObject(e);
            entries.add(entry);
        }
        overlayCalendar.setReadOnly(false);
        overlayCalendar.startBatchUpdates();
        overlayCalendar.clear();
        overlayCalendar.addEntries(entries);
        overlayCalendar.stopBatchUpdates();
        overlayCalendar.setReadOnly(true);
        boolean wholeDays = shownIn instanceof com.calendarfx.view.MonthView;
        BlackoutOverlay.fill(refusingBlackouts, blackouts.stream().filter(BlackoutOverlay::refuses).toList(),
                model.zone(), wholeDays);
        BlackoutOverlay.fill(warningBlackouts, blackouts.stream().filter(e -> !BlackoutOverlay.refuses(e)).toList(),
                model.zone(), wholeDays);
        CadenceGapOverlay.fill(cadenceGaps, gaps, model.zone());
        sync();
    }

    private int overlaysOn(java.time.LocalDate day) {
        int n = 0;
        for (OverlayEvent e : overlayEvents) {
            if (!day.isBefore(e.firstDay()) && !day.isAfter(e.lastDay())) {
                n++;
            }
        }
        return n;
    }

    /** Only the view on screen is kept up to date; a view coming on screen catches up at once. */
    void setActive(boolean on) {
        active = on;
        if (on) {
            sync();
        }
    }

    /** The space per day changed (the window was resized); redraw when the number that fits did. */
    void spaceChanged() {
        if (active && perDay.getAsInt() != lastPerDay) {
            sync();
        }
    }

    /** True for the "+n more" entry of a busy day. */
    static boolean isSummary(Entry<?> entry) {
        return entry != null && entry.getUserObject() instanceof java.time.LocalDate;
    }

    /** The view showing these entries; it is detached while they are rebuilt, so it redraws once. */
    void showIn(com.calendarfx.view.DateControl control) {
        shownIn = control;
        control.getCalendarSources().setAll(source, overlaySource);
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
        if (!active) {
            return;
        }
        syncing = true;
        if (shownIn != null) {
            shownIn.getCalendarSources().clear();
        }
        try {
            byTarget.clear();
            Map<String, List<Entry<?>>> grouped = new LinkedHashMap<>();
            int fits = Math.max(1, perDay.getAsInt());
            lastPerDay = fits;
            Map<java.time.LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
            for (CalendarEntry e : model.entries()) {
                byDay.computeIfAbsent(e.scheduledAt().atZone(model.zone()).toLocalDate(), d -> new ArrayList<>()).add(e);
            }
            byDay.forEach((day, list) -> {
                // Overlay events (holidays) take rows of the day too; without this CalendarFX hides the "+n more".
                int dayFits = Math.max(1, fits - overlaysOn(day));
                boolean busy = list.size() > dayFits;
                List<CalendarEntry> shown = busy ? list.subList(0, dayFits - 1) : list;
                for (CalendarEntry e : shown) {
                    grouped.computeIfAbsent(styleOf(e), k -> new ArrayList<>()).add(toEntry(e));
                }
                if (busy) {
                    grouped.computeIfAbsent(SUMMARY_STYLE, k -> new ArrayList<>())
                            .add(summary(day, list.size() - shown.size()));
                }
            });
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
            if (shownIn != null) {
                shownIn.getCalendarSources().setAll(source, overlaySource);
            }
            syncing = false;
        }
    }

    private Entry<java.time.LocalDate> summary(java.time.LocalDate day, int hidden) {
        Entry<java.time.LocalDate> entry = new Entry<>(messages.format("calendar.more", hidden));
        ZonedDateTime end = day.plusDays(1).atStartOfDay(model.zone()).minusMinutes(1);
        entry.setInterval(end.minusMinutes(1), end);
        entry.setUserObject(day);
        return entry;
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
        // An occurrence of a recurring post carries the repeat sign before its channel.
        Entry<CalendarEntry> entry = new Entry<>((e.recurring() ? RECURRING_MARK : "") + e.channel().displayName()
                + " \u00b7 " + e.title());
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
        if (e.recurring()) {
            text.append(" \u00b7 ").append(messages.get("calendar.recurring"));
        }
        String findings = BadgedEntryViews.describe(e, messages);
        if (!findings.isEmpty()) {
            text.append(" \u00b7 ").append(findings);
        }
        return text.toString();
    }

    private String tooltip(CalendarEntry e) {
        return formats.timeIn(e.scheduledAt(), e.zone())
                + "  " + e.title() + "\n" + model.clientName(e.clientId()) + " \u00b7 " + e.channel().displayName()
                + " " + e.handle() + "\n" + details(e);
    }

    MonthEntryView monthEntryView(Entry<?> entry) {
        MonthEntryView view = BadgedEntryViews.month(entry, BadgedEntryViews.badgeFor(publication(entry), messages));
        decorate(view, entry);
        return view;
    }

    DayEntryView dayEntryView(Entry<?> entry) {
        DayEntryView view = BadgedEntryViews.day(entry, BadgedEntryViews.badgeFor(publication(entry), messages));
        decorate(view, entry);
        return view;
    }

    private void decorate(javafx.scene.Node view, Entry<?> entry) {
        CalendarEntry e = publication(entry);
        if (e == null) {
            BlackoutOverlay.decorate(view, entry, messages);
            CadenceGapOverlay.decorate(view, entry, messages);
            return;
        }
        // The state stripe shows the state even when the colour tells the client.
        view.getStyleClass().addAll("warta-entry", "warta-entry-" + StateStyles.styleClass(e.state()));
        if (model.isOverdue(e)) {
            view.getStyleClass().add("warta-entry-overdue");
        }
        if (e.recurring()) {
            view.getStyleClass().add("warta-entry-recurring");
        }
        if (FindingsBadge.of(e) != FindingsBadge.NONE) {
            view.getStyleClass().add("warta-entry-findings");
        }
        Tooltip.install(view, details);
    }

    /**
     * One tooltip for every entry, filled when it shows: a tooltip is a window with its own scene,
     * and building one per entry made a month of 800 entries take seconds to draw.
     */
    private Tooltip sharedTooltip() {
        Tooltip tip = new Tooltip();
        tip.setOnShowing(ev -> {
            javafx.scene.Node owner = tip.getOwnerNode();
            CalendarEntry e = owner instanceof com.calendarfx.view.EntryViewBase<?> view ? publication(view.getEntry()) : null;
            tip.setText(e == null ? "" : tooltip(e));
        });
        return tip;
    }

    /** The CalendarFX entry shown for a publication, for tests that move it as a drag would. */
    public Optional<Entry<?>> entryOf(String targetId) {
        return Optional.ofNullable(byTarget.get(targetId));
    }
}
