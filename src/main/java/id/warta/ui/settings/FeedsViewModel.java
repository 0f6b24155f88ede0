package id.warta.ui.settings;

import id.warta.service.ExportFilter;
import id.warta.service.Feed;
import id.warta.service.FeedHosting;
import id.warta.service.FeedService;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings section for calendar subscriptions: the active feeds with their addresses, a new
 * feed from the export filters in use, revoking, and the administrator's local-network switch.
 */
public final class FeedsViewModel {
    private final FeedService feeds;
    private final FeedHosting hosting;
    private final FeedServerControl server;
    private final Supplier<ExportFilter> currentFilter;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableList<Feed> active = FXCollections.observableArrayList();
    private final ObjectProperty<Feed> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty base = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty localNetwork = new SimpleBooleanProperty();
    private final BooleanProperty admin = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private boolean loading;

    private record Loaded(List<Feed> feeds, FeedHosting.Address address, boolean admin, Optional<String> base) {
    }

    public FeedsViewModel(FeedService feeds, FeedHosting hosting, FeedServerControl server,
                          Supplier<ExportFilter> currentFilter, BackgroundTasks tasks, Messages messages) {
        this.feeds = feeds;
        this.hosting = hosting;
        this.server = server;
        this.currentFilter = currentFilter;
        this.tasks = tasks;
        this.messages = messages;
        localNetwork.addListener((o, a, b) -> {
            if (!loading) {
                changeLocalNetwork(b);
            }
        });
    }

    public void load() {
        tasks.submit(() -> new Loaded(feeds.all().stream().filter(Feed::active).toList(), hosting.address(),
                hosting.mayChange(), server.ensureStarted()), this::show, this::fail);
    }

    private void show(Loaded loaded) {
        active.setAll(loaded.feeds());
        loading = true;
        localNetwork.set(loaded.address().localNetwork());
        loading = false;
        admin.set(loaded.admin());
        base.set(loaded.base().orElse(null));
    }

    /** Saves a feed of the filters the export dialog holds now; an unknown name there is refused here. */
    public void create() {
        String wanted = name.get();
        ExportFilter filter = currentFilter.get();
        busy.set(true);
        tasks.submit(() -> feeds.create(wanted, filter), feed -> {
            busy.set(false);
            name.set("");
            message.set(messages.format("feeds.created", feed.name()));
            load();
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    public void revokeSelected() {
        Feed feed = selected.get();
        if (feed == null) {
            return;
        }
        tasks.submit(() -> feeds.revoke(feed.id()), done -> {
            message.set(messages.format("feeds.revoked", feed.name()));
            load();
        }, this::fail);
    }

    private void changeLocalNetwork(boolean allowed) {
        busy.set(true);
        tasks.submit(() -> {
            hosting.setLocalNetwork(allowed);
            return server.restart();
        }, address -> {
            busy.set(false);
            base.set(address.orElse(null));
            message.set(messages.get(allowed ? "feeds.lan.on" : "feeds.lan.off"));
        }, e -> {
            busy.set(false);
            fail(e);
            load();
        });
    }

    private void fail(Throwable e) {
        message.set(ErrorText.of(e, messages));
    }

    /** The feed's address for calendar apps; empty while the server is not listening. */
    public Optional<String> link(Feed feed, boolean webcal) {
        String prefix = base.get();
        if (feed == null || prefix == null) {
            return Optional.empty();
        }
        String http = prefix + feed.token() + ".ics";
        return Optional.of(webcal ? "webcal://" + http.substring("http://".length()) : http);
    }

    /** The status line: where feeds are served, or that the server is off. */
    public String serverStatus() {
        String prefix = base.get();
        return prefix == null ? messages.get("feeds.server.off") : messages.format("feeds.server.on", prefix);
    }

    /** The filter in words, for the list: only the parts that narrow it. */
    public String summary(ExportFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.from() != null || f.to() != null) {
            parts.add(messages.format("feeds.summary.dates", f.from() == null ? "…" : f.from().toString(),
                    f.to() == null ? "…" : f.to().toString()));
        }
        addPart(parts, "feeds.summary.client", f.client());
        addPart(parts, "feeds.summary.account", f.account());
        addPart(parts, "feeds.summary.channel", f.channel());
        addPart(parts, "feeds.summary.campaign", f.campaign());
        if (!f.statuses().isEmpty()) {
            parts.add(messages.format("feeds.summary.status", String.join(", ", f.statuses())));
        }
        return parts.isEmpty() ? messages.get("feeds.summary.all") : String.join(" · ", parts);
    }

    private void addPart(List<String> parts, String key, String value) {
        if (value != null) {
            parts.add(messages.format(key, value));
        }
    }

    public ObservableList<Feed> feeds() {
        return active;
    }

    public ObjectProperty<Feed> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty baseProperty() {
        return base;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty localNetworkProperty() {
        return localNetwork;
    }

    public ReadOnlyBooleanProperty adminProperty() {
        return admin;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
