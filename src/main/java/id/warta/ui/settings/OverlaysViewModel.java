package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.service.OverlayService;
import id.warta.service.OverlaySubscription;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import id.warta.ui.common.Formats;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Overlay calendars in the settings: the list, importing an .ics file, subscribing to a URL,
 * refreshing a subscription now, removing one. Fetches run on {@code network} (never the database
 * queue, which would wait up to the timeout behind a slow server).
 */
public final class OverlaysViewModel {
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");

    private final OverlayService overlays;
    private final BackgroundTasks tasks;
    private final BackgroundTasks network;
    private final Messages messages;
    private final Formats formats;
    private final Runnable afterChange;
    private final ObservableList<Overlay> all = FXCollections.observableArrayList();
    private final ObjectProperty<Overlay> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("");
    private final BooleanBinding refreshable;

    /** {@code afterChange} lets the calendar show or drop the overlay's events. */
    public OverlaysViewModel(OverlayService overlays, BackgroundTasks tasks, Messages messages, Runnable afterChange) {
        this(overlays, tasks, tasks, messages, afterChange);
    }

    /** @param network where subscribing and refreshing wait for the server */
    public OverlaysViewModel(OverlayService overlays, BackgroundTasks tasks, BackgroundTasks network, Messages messages,
                             Runnable afterChange) {
        this.overlays = overlays;
        this.tasks = tasks;
        this.network = network;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.afterChange = afterChange;
        this.refreshable = Bindings.createBooleanBinding(
                () -> !busy.get() && selected.get() != null && selected.get().subscribed(), busy, selected);
    }

    public void load() {
        tasks.submit(overlays::all, list -> {
            String keep = selected.get() == null ? null : selected.get().id();
            all.setAll(list);
            if (keep != null && !selected.isBound()) {
                all.stream().filter(o -> o.id().equals(keep)).findFirst().ifPresent(selected::set);
            }
        }, this::fail);
    }

    /** Parses the whole file before storing it, so a refused file leaves nothing behind. */
    public void importFile(Path file) {
        busy.set(true);
        tasks.submit(() -> overlays.importFile(file), o -> {
            busy.set(false);
            problem.set(false);
            message.set(messages.format("overlay.imported", o.name(), o.eventCount()));
            load();
            afterChange.run();
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /**
     * Checks the address at once (empty, malformed, unsupported scheme) and then fetches it off the FX
     * thread; the field empties once the calendar is stored.
     */
    public void subscribe() {
        if (busy.get()) {
            return;
        }
        String address = url.get();
        try {
            OverlayService.subscriptionUrl(address);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        busy.set(true);
        problem.set(false);
        message.set(messages.get("overlay.fetching"));
        network.submit(() -> overlays.subscribe(address), o -> {
            busy.set(false);
            problem.set(false);
            url.set("");
            message.set(messages.format("overlay.subscribed", o.name(), o.eventCount()));
            load();
            afterChange.run();
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /** "Perbarui sekarang": fetches the selected subscription now; a failure keeps its events. */
    public void refreshSelected() {
        Overlay o = selected.get();
        if (o == null || !o.subscribed() || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set(false);
        message.set(messages.get("overlay.fetching"));
        network.submit(() -> overlays.refresh(o.id()), changed -> {
            busy.set(false);
            problem.set(false);
            message.set(messages.format(changed ? "overlay.refreshed" : "overlay.unchanged", o.name()));
            load();
            if (changed) {
                afterChange.run();
            }
        }, e -> {
            busy.set(false);
            fail(e);
            load();
        });
    }

    public void removeSelected() {
        Overlay o = selected.get();
        if (o == null) {
            return;
        }
        tasks.submit(() -> overlays.remove(o.id()), done -> {
            problem.set(false);
            message.set(messages.format("overlay.removed", o.name()));
            load();
            afterChange.run();
        }, this::fail);
    }

    /** One line of the list, in the user's language: the name, the events and where they come from. */
    public String describe(Overlay o) {
        if (o.builtin()) {
            return messages.format("overlay.item.builtin", o.name(), o.eventCount());
        }
        OverlaySubscription s = o.subscription();
        if (s == null) {
            return messages.format("overlay.item", o.name(), o.eventCount(),
                    formats.dateTime(o.importedAt(), OFFICE_ZONE));
        }
        String fetched = s.fetchedAt() == null ? messages.get("overlay.item.never")
                : formats.dateTime(s.fetchedAt(), OFFICE_ZONE);
        String line = messages.format("overlay.item.subscribed", o.name(), o.eventCount(), s.url().getHost(), fetched);
        if (!s.failing()) {
            return line;
        }
        String error = messages.format(s.errorKey(), s.errorArguments().toArray());
        String attempted = s.attemptedAt() == null ? "" : formats.dateTime(s.attemptedAt(), OFFICE_ZONE);
        return line + "\n" + messages.format("overlay.item.failed", attempted, error);
    }

    private void fail(Throwable e) {
        problem.set(true);
        message.set(ErrorText.of(e, messages));
    }

    public ObservableList<Overlay> overlays() {
        return all;
    }

    public ObjectProperty<Overlay> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** True when the selected overlay is a subscription and nothing is being fetched. */
    public BooleanBinding refreshableProperty() {
        return refreshable;
    }
}
