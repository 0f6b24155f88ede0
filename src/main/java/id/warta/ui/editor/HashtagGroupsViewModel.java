package id.warta.ui.editor;

import id.warta.domain.Client;
import id.warta.domain.HashtagGroup;
import id.warta.service.HashtagGroupService;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The client's saved hashtag groups: insert one into the post's hashtags with one click; add, rename, delete. */
public final class HashtagGroupsViewModel {
    private final HashtagGroupService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObjectProperty<Client> client;
    private final StringProperty hashtags;
    private final ObservableList<HashtagGroup> groups = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<Client> clients = FXCollections.observableArrayList();

    HashtagGroupsViewModel(HashtagGroupService service, BackgroundTasks tasks, Messages messages,
                           ObjectProperty<Client> client, StringProperty hashtags) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.client = client;
        this.hashtags = hashtags;
        client.addListener((o, a, b) -> reload());
    }

    /** For the settings: groups of a client chosen there, with no post to insert into. */
    public static HashtagGroupsViewModel standalone(HashtagGroupService service, BackgroundTasks tasks,
                                                    Messages messages) {
        return new HashtagGroupsViewModel(service, tasks, messages,
                new javafx.beans.property.SimpleObjectProperty<>(), new SimpleStringProperty(""));
    }

    /** Loads the clients to choose from (settings), keeping the chosen one when it is still there. */
    public void loadClients(java.util.function.Supplier<List<Client>> source) {
        tasks.submit(source, list -> {
            Client chosen = client.get();
            clients.setAll(list);
            client.set(list.contains(chosen) ? chosen : list.isEmpty() ? null : list.get(0));
        }, this::fail);
    }

    public ObservableList<Client> clients() {
        return clients;
    }

    public ObjectProperty<Client> clientProperty() {
        return client;
    }

    /** Loads the current client's groups. */
    public void reload() {
        Client c = client.get();
        if (c == null) {
            groups.clear();
            return;
        }
        tasks.submit(() -> service.groupsOf(c.id()), list -> {
            if (c.equals(client.get())) {
                groups.setAll(list);
            }
        }, this::fail);
    }

    /** Appends the group's tags the post does not have yet, keeping the ones typed. */
    public void insert(HashtagGroup group) {
        String current = hashtags.get() == null ? "" : hashtags.get().strip();
        Set<String> have = HashtagGroup.parseTags(current).stream().map(t -> t.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        LinkedHashSet<String> added = new LinkedHashSet<>();
        for (String tag : group.tags()) {
            if (have.add(tag.toLowerCase(Locale.ROOT))) {
                added.add(tag);
            }
        }
        if (!added.isEmpty()) {
            hashtags.set((current.isEmpty() ? "" : current + " ") + String.join(" ", added));
        }
    }

    public void add(String name, String tags, Runnable then) {
        Client c = client.get();
        if (c == null) {
            return;
        }
        run(() -> service.add(c.id(), name, tags), then);
    }

    /** Saves the post's current hashtags as a new group of the client. */
    public void saveCurrentAs(String name, Runnable then) {
        add(name, hashtags.get(), then);
    }

    public void update(HashtagGroup group, String name, String tags, Runnable then) {
        run(() -> service.update(group.id(), name, tags), then);
    }

    public void delete(HashtagGroup group, Runnable then) {
        run(() -> {
            service.delete(group.id());
            return group;
        }, then);
    }

    private void run(java.util.function.Supplier<HashtagGroup> work, Runnable then) {
        problem.set("");
        Client c = client.get();
        tasks.submit(() -> {
            work.get();
            return c == null ? List.<HashtagGroup>of() : service.groupsOf(c.id());
        }, list -> {
            groups.setAll(list);
            then.run();
        }, this::fail);
    }

    private void fail(Throwable e) {
        problem.set(ErrorText.of(e, messages));
    }

    public ObservableList<HashtagGroup> groups() {
        return groups;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public Messages messages() {
        return messages;
    }
}
