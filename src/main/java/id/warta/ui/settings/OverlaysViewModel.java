package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.service.OverlayService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Overlay calendars in the settings: the list, importing an .ics file, removing one. */
public final class OverlaysViewModel {
    private final OverlayService overlays;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Runnable afterChange;
    private final ObservableList<Overlay> all = FXCollections.observableArrayList();
    private final ObjectProperty<Overlay> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** {@code afterChange} lets the calendar show or drop the overlay's events. */
    public OverlaysViewModel(OverlayService overlays, BackgroundTasks tasks, Messages messages, Runnable afterChange) {
        this.overlays = overlays;
        this.tasks = tasks;
        this.messages = messages;
        this.afterChange = afterChange;
    }

    public void load() {
        tasks.submit(overlays::all, all::setAll, this::fail);
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
}
