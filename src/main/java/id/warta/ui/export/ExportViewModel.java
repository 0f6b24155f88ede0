package id.warta.ui.export;

import id.warta.domain.WorkflowState;
import id.warta.service.ExportChoices;
import id.warta.service.ExportFilter;
import id.warta.service.ExportService;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The export dialog's state: the same filters as {@code warta export}, a live count of the events
 * the file will hold, and the write itself, all run off the FX thread.
 */
public final class ExportViewModel {
    /** Count of events, or this while a count is under way or the filter is refused. */
    public static final int UNKNOWN = -1;

    private final ExportService export;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty client = new SimpleStringProperty();
    private final StringProperty account = new SimpleStringProperty();
    private final StringProperty channel = new SimpleStringProperty();
    private final StringProperty campaign = new SimpleStringProperty();
    private final Map<WorkflowState, BooleanProperty> states = new EnumMap<>(WorkflowState.class);
    private final ObservableList<String> clients = FXCollections.observableArrayList();
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObservableList<String> campaigns = FXCollections.observableArrayList();
    private final IntegerProperty count = new SimpleIntegerProperty(UNKNOWN);
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Counts finish out of order when filters change quickly; only the latest may show. */
    private long countRequest;

    public ExportViewModel(ExportService export, BackgroundTasks tasks, Messages messages) {
        this.export = export;
        this.tasks = tasks;
        this.messages = messages;
        for (WorkflowState s : WorkflowState.values()) {
            BooleanProperty checked = new SimpleBooleanProperty(ExportFilter.DEFAULT_STATES.contains(s));
            states.put(s, checked);
        }
        List<Observable> inputs = new ArrayList<>(List.of(from, to, client, account, channel, campaign));
        inputs.addAll(states.values());
        inputs.forEach(o -> o.addListener(x -> recount()));
    }

    /** Loads the names to choose from, then counts. */
    public void load() {
        tasks.submit(export::choices, this::showChoices, e -> problem.set(ErrorText.of(e, messages)));
    }

    private void showChoices(ExportChoices c) {
        clients.setAll(c.clients());
        accounts.setAll(c.accounts());
        channels.setAll(c.channels());
        campaigns.setAll(c.campaigns());
        recount();
    }

    /** The filter as the command line would take it; the default states stand for the default rule. */
    public ExportFilter filter() {
        List<String> codes = new ArrayList<>();
        boolean defaults = true;
        for (WorkflowState s : WorkflowState.values()) {
            boolean checked = states.get(s).get();
            if (checked) {
                codes.add(s.code());
            }
            defaults &= checked == ExportFilter.DEFAULT_STATES.contains(s);
        }
        return new ExportFilter(from.get(), to.get(), client.get(), account.get(), channel.get(), campaign.get(),
                defaults ? List.of() : codes);
    }

    public void recount() {
        long request = ++countRequest;
        count.set(UNKNOWN);
        if (states.values().stream().noneMatch(BooleanProperty::get)) {
            count.set(0);
            problem.set(messages.get("export.dialog.noState"));
            return;
        }
        ExportFilter filter = filter();
        tasks.submit(() -> export.count(filter), n -> {
            if (request == countRequest) {
                problem.set("");
                count.set(n);
            }
        }, e -> {
            if (request == countRequest) {
                problem.set(ErrorText.of(e, messages));
            }
        });
    }

    /** Writes the file in the background; {@code onDone} runs after a successful write. */
    public void writeTo(Path file, Runnable onDone) {
        ExportFilter filter = filter();
        busy.set(true);
        result.set("");
        tasks.submit(() -> export.writeTo(filter, file, messages), n -> {
            busy.set(false);
            problem.set("");
            result.set(messages.format("export.dialog.written", n, file.toString()));
            onDone.run();
        }, e -> {
            busy.set(false);
            problem.set(ErrorText.of(e, messages));
        });
    }

    public boolean canExport() {
        return count.get() > 0 && !busy.get();
    }

    public BooleanProperty stateProperty(WorkflowState s) {
        return states.get(s);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty clientProperty() {
        return client;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty campaignProperty() {
        return campaign;
    }

    public ObservableList<String> clients() {
        return clients;
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObservableList<String> campaigns() {
        return campaigns;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
