package id.warta.ui.settings;

import id.warta.service.BackupInfo;
import id.warta.service.BackupStore;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import id.warta.ui.common.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Language, theme and backups. */
public final class SettingsViewModel {
    private final BackupStore backups;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Runnable afterRestore;

    private final ObservableList<BackupInfo> copies = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsProblem = new SimpleBooleanProperty();
    private final ObjectProperty<Locale> language;
    private final ObjectProperty<Theme> theme;

    public SettingsViewModel(BackupStore backups, BackgroundTasks tasks, Messages messages,
                             ObjectProperty<Locale> language, ObjectProperty<Theme> theme, Runnable afterRestore) {
        this.backups = backups;
        this.tasks = tasks;
        this.messages = messages;
        this.language = language;
        this.theme = theme;
        this.afterRestore = afterRestore;
    }

    public void loadBackups() {
        tasks.submit(backups::list, copies::setAll, this::fail);
    }

    public void backupNow() {
        run(() -> {
            BackupInfo made = backups.backupNow();
            return new Outcome(made, null, backups.list());
        }, o -> succeed(messages.format("settings.backup.done", o.made().file().getFileName().toString())));
    }

    /** Restores the selected copy; the caller has already asked the user to confirm. */
    public void restoreSelected() {
        BackupInfo chosen = selected.get();
        if (chosen == null) {
            return;
        }
        run(() -> new Outcome(null, backups.restore(chosen.file()), backups.list()), o -> {
            succeed(messages.format("settings.restore.done", chosen.file().getFileName().toString(),
                    o.keptAside().getFileName().toString()));
            afterRestore.run();
        });
    }

    private record Outcome(BackupInfo made, Path keptAside, java.util.List<BackupInfo> list) {
    }

    private void run(java.util.function.Supplier<Outcome> work, Consumer<Outcome> after) {
        busy.set(true);
        tasks.submit(work, o -> {
            busy.set(false);
            copies.setAll(o.list());
            after.accept(o);
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    private void succeed(String text) {
        messageIsProblem.set(false);
        message.set(text);
    }

    private void fail(Throwable e) {
        messageIsProblem.set(true);
        message.set(ErrorText.of(e, messages));
    }

    public ObservableList<BackupInfo> copies() {
        return copies;
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsProblemProperty() {
        return messageIsProblem;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
