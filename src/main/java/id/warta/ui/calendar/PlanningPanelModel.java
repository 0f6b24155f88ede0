package id.warta.ui.calendar;

import id.warta.domain.CadenceGap;
import id.warta.domain.CalendarEntry;
import id.warta.domain.ContentMix;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The calendar's planning panel: the content mix of the publications on screen (after the filters)
 * and the weeks in which an account falls short of its target cadence. Both are worked out off the
 * FX thread whenever the calendar's period or filters change; late answers of older requests are
 * dropped.
 */
public final class PlanningPanelModel {
    /** Where cadence gaps come from: the weeks touching {@code first}..{@code last} in {@code zone}. */
    @FunctionalInterface
    public interface GapSource {
        List<CadenceGap> gaps(LocalDate first, LocalDate last, ZoneId zone);
    }

    /** The chart the panel shows. */
    public enum Dimension { TYPE, CHANNEL, CLIENT }

    private final CalendarViewModel calendar;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final GapSource gapSource;
    private final ObjectProperty<ContentMix> mix = new SimpleObjectProperty<>(
            new ContentMix(Map.of(), Map.of(), Map.of(), 0));
    private final ObservableList<CadenceGap> gaps = FXCollections.observableArrayList();
    private final List<CadenceGap> allGaps = new ArrayList<>();
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.TYPE);
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private long mixTicket;
    private long gapTicket;

    public PlanningPanelModel(CalendarViewModel calendar, BackgroundTasks tasks, Messages messages,
                              GapSource gapSource) {
        this.calendar = calendar;
        this.tasks = tasks;
        this.messages = messages;
        this.gapSource = gapSource;
        calendar.entries().addListener((ListChangeListener<CalendarEntry>) c -> refresh());
        calendar.clientFilterProperty().addListener((o, a, b) -> showGaps());
        calendar.accountFilterProperty().addListener((o, a, b) -> showGaps());
        open.addListener((o, a, b) -> {
            if (b) {
                refresh();
            }
        });
    }

    /** Recounts the mix and asks for the cadence gaps of the period again; nothing while the panel is closed. */
    public void refresh() {
        if (!open.get()) {
            return;
        }
        List<CalendarEntry> snapshot = List.copyOf(calendar.entries());
        Map<String, String> names = new HashMap<>();
        snapshot.forEach(e -> names.computeIfAbsent(e.clientId(), calendar::clientName));
        long ticket = ++mixTicket;
        tasks.submit(() -> ContentMix.of(snapshot, id -> names.getOrDefault(id, id)), result -> {
            if (ticket == mixTicket) {
                mix.set(result);
            }
        }, e -> { });
        LocalDate first = calendar.firstDay();
        LocalDate last = calendar.lastDay();
        long gTicket = ++gapTicket;
        tasks.submit(() -> gapSource.gaps(first, last, calendar.zone()), result -> {
            if (gTicket == gapTicket) {
                allGaps.clear();
                allGaps.addAll(result);
                showGaps();
            }
        }, e -> {
            allGaps.clear();
            showGaps();
        });
    }

    /** The gaps of the accounts the calendar's client and account filters let through. */
    private void showGaps() {
        String client = calendar.clientFilterProperty().get() == null ? null
                : calendar.clientFilterProperty().get().value();
        String account = calendar.accountFilterProperty().get() == null ? null
                : calendar.accountFilterProperty().get().value();
        gaps.setAll(allGaps.stream().filter(g -> client == null || client.equals(g.clientId()))
                .filter(g -> account == null || account.equals(g.accountId())).toList());
    }

    /** "IG @dinkes: 1 of 3 in the week of 5 Jan" for one gap. */
    public String describe(CadenceGap gap) {
        LocalDate end = gap.weekStart().plusDays(6);
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM",
                messages.locale());
        return messages.format("planning.cadence.gap", gap.accountLabel(), gap.planned(), gap.target(),
                day.format(gap.weekStart()), day.format(end));
    }

    /** The label of one slice or bar. */
    public String label(Object key) {
        if (key instanceof id.warta.domain.ContentType t) {
            return messages.get("contentType." + t.code());
        }
        if (key instanceof id.warta.domain.Channel c) {
            return c.displayName();
        }
        return String.valueOf(key);
    }

    /** The counts of the chosen dimension, largest first. */
    public List<Map.Entry<String, Integer>> counts() {
        ContentMix m = mix.get();
        Map<?, Integer> source = switch (dimension.get()) {
            case TYPE -> m.byType();
            case CHANNEL -> m.byChannel();
            case CLIENT -> m.byClient();
        };
        List<Map.Entry<String, Integer>> rows = new ArrayList<>();
        source.forEach((k, v) -> rows.add(Map.entry(label(k), v)));
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return rows;
    }

    public ObjectProperty<ContentMix> mixProperty() {
        return mix;
    }

    public ObservableList<CadenceGap> gaps() {
        return gaps;
    }

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public Messages messages() {
        return messages;
    }
}
