package id.warta.ui.settings;

import id.warta.domain.Client;
import id.warta.service.EthicsService;
import id.warta.service.Messages;
import id.warta.service.WatchEntry;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A client's watch and allow lists, edited by an administrator without a code change. */
public final class WatchListViewModel {
    private final EthicsService ethics;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObjectProperty<Client> client = new SimpleObjectProperty<>();
    private final ObservableList<WatchEntry> entries = FXCollections.observableArrayList();
    private final StringProperty newTerm = new SimpleStringProperty("");
    private final ObjectProperty<WatchEntry.Kind> newKind = new SimpleObjectProperty<>(WatchEntry.Kind.CANDIDATE);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public WatchListViewModel(EthicsService ethics, BackgroundTasks tasks, Messages messages) {
        this.ethics = ethics;
        this.tasks = tasks;
        this.messages = messages;
        client.addListener((o, a, b) -> loadEntries());
    }

    public void load() {
        tasks.submit(ethics::clients, (List<Client> all) -> {
            clients.setAll(all);
            if (client.get() == null || !all.contains(client.get())) {
                client.set(all.isEmpty() ? null : all.get(0));
            }
        }, this::fail);
    }

    private void loadEntries() {
        Client chosen = client.get();
        if (chosen == null) {
            entries.clear();
            return;
        }
        tasks.submit(() -> ethics.entriesOf(chosen.id()), rows -> {
            if (chosen.equals(client.get())) {
                entries.setAll(rows);
            }
        }, this::fail);
    }

    /** Adds the typed term to the chosen list; a blank or duplicate term is refused with a message. */
    public void add() {
        Client chosen = client.get();
        String term = newTerm.get() == null ? "" : newTerm.get().strip();
        if (chosen == null || term.isEmpty()) {
            problem.set(messages.get("settings.watch.needTerm"));
            return;
        }
        if (term.length() > WatchEntry.MAX_TERM_LENGTH) {
            problem.set(messages.format("settings.watch.tooLong", WatchEntry.MAX_TERM_LENGTH));
            return;
        }
        WatchEntry.Kind kind = newKind.get();
        busy.set(true);
        tasks.submit(() -> {
            ethics.addEntry(chosen.id(), term, kind);
            return ethics.entriesOf(chosen.id());
        }, rows -> {
            busy.set(false);
            entries.setAll(rows);
            newTerm.set("");
            problem.set("");
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    public void remove(WatchEntry entry) {
        Client chosen = client.get();
        if (entry == null || chosen == null) {
            return;
        }
        tasks.submit(() -> {
            ethics.removeEntry(entry.id());
            return ethics.entriesOf(chosen.id());
        }, rows -> {
            entries.setAll(rows);
            problem.set("");
        }, this::fail);
    }

    private void fail(Throwable e) {
        problem.set(ErrorText.of(e, messages));
    }

    public ObservableList<Client> clients() {
        return clients;
    }

    public ObjectProperty<Client> clientProperty() {
        return client;
    }

    public ObservableList<WatchEntry> entries() {
        return entries;
    }

    public StringProperty newTermProperty() {
        return newTerm;
    }

    public ObjectProperty<WatchEntry.Kind> newKindProperty() {
        return newKind;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
