package id.warta.ui.settings;

import id.warta.domain.Account;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.domain.Client;
import id.warta.service.Messages;
import id.warta.service.PlanningRulesService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Masa tenang / blackout" in the settings: the list, and a form to add, change or delete a
 * period. Only administrators manage them; the service refuses anyone else as well. Times are
 * entered in the user's zone.
 */
public final class BlackoutsViewModel {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final PlanningRulesService rules;
    private final Supplier<List<Client>> allClients;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final boolean admin;
    private final ZoneId zone;
    private final Runnable afterChange;

    private final ObservableList<Blackout> blackouts = FXCollections.observableArrayList();
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObjectProperty<Blackout> selected = new SimpleObjectProperty<>();
    private final BooleanProperty canManage = new SimpleBooleanProperty();

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("00:00");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty endTime = new SimpleStringProperty("00:00");
    private final ObjectProperty<BlackoutScope> scope = new SimpleObjectProperty<>(BlackoutScope.ALL);
    private final ObjectProperty<Client> client = new SimpleObjectProperty<>();
    private final ObservableList<Account> chosenAccounts = FXCollections.observableArrayList();
    private final ObjectProperty<BlackoutMode> mode = new SimpleObjectProperty<>(BlackoutMode.WARN);

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** {@code afterChange} lets the calendar redraw its blackout overlay. */
    public BlackoutsViewModel(PlanningRulesService rules, Supplier<List<Client>> allClients, BackgroundTasks tasks,
                              Messages messages, boolean admin, ZoneId zone, Runnable afterChange) {
        this.rules = rules;
        this.allClients = allClients;
        this.tasks = tasks;
        this.messages = messages;
        this.admin = admin;
        this.zone = zone;
        this.afterChange = afterChange;
        selected.addListener((o, a, b) -> fill(b));
    }

    private record Listing(List<Blackout> blackouts, List<Account> accounts, List<Client> clients) {
    }

    public void load() {
        canManage.set(admin);
        if (!admin) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().id();
        tasks.submit(() -> new Listing(rules.blackouts(), rules.accounts(), allClients.get()), l -> {
            accounts.setAll(l.accounts());
            clients.setAll(l.clients());
            blackouts.setAll(l.blackouts());
            selected.set(keep == null ? null
                    : l.blackouts().stream().filter(b -> b.id().equals(keep)).findFirst().orElse(null));
        }, this::fail);
    }

    /** Clears the form for a new period, starting tomorrow for one day. */
    public void startNew() {
        selected.set(null);
        fill(null);
    }

    private void fill(Blackout b) {
        if (b == null) {
            name.set("");
            reason.set("");
            LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
            startDate.set(tomorrow);
            startTime.set("00:00");
            endDate.set(tomorrow.plusDays(1));
            endTime.set("00:00");
            scope.set(BlackoutScope.ALL);
            client.set(null);
            chosenAccounts.clear();
            mode.set(BlackoutMode.WARN);
            return;
        }
        name.set(b.name());
        reason.set(b.reason());
        startDate.set(b.start().atZone(zone).toLocalDate());
        startTime.set(b.start().atZone(zone).toLocalTime().toString());
        endDate.set(b.end().atZone(zone).toLocalDate());
        endTime.set(b.end().atZone(zone).toLocalTime().toString());
        scope.set(b.scope());
        client.set(clients.stream().filter(c -> c.id().equals(b.clientId())).findFirst().orElse(null));
        chosenAccounts.setAll(accounts.stream().filter(a -> b.accountIds().contains(a.id())).toList());
        mode.set(b.mode());
    }

    /** Checks the form and saves it as a new period or over the selected one. */
    public void save() {
        Blackout draft;
        try {
            draft = draft();
        } catch (FormProblem p) {
            problem.set(true);
            message.set(messages.get(p.getMessage()));
            return;
        }
        busy.set(true);
        tasks.submit(() -> rules.saveBlackout(draft), saved -> {
            busy.set(false);
            problem.set(false);
            message.set(messages.format("blackout.saved", saved.name()));
            selected.set(null);
            load();
            afterChange.run();
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    public void deleteSelected() {
        Blackout b = selected.get();
        if (b == null) {
            return;
        }
        tasks.submit(() -> {
            rules.deleteBlackout(b.id());
            return b;
        }, done -> {
            problem.set(false);
            message.set(messages.format("blackout.deleted", b.name()));
            selected.set(null);
            load();
            afterChange.run();
        }, this::fail);
    }

    /** A form problem: the message key. */
    private static final class FormProblem extends RuntimeException {
        FormProblem(String key) {
            super(key, null, false, false);
        }
    }

    private Blackout draft() {
        if (name.get() == null || name.get().isBlank()) {
            throw new FormProblem("planning.error.noName");
        }
        Instant start = instant(startDate.get(), startTime.get());
        Instant end = instant(endDate.get(), endTime.get());
        if (!end.isAfter(start)) {
            throw new FormProblem("planning.error.endsBeforeStart");
        }
        if (scope.get() == BlackoutScope.CLIENT && client.get() == null) {
            throw new FormProblem("planning.error.noClient");
        }
        if (scope.get() == BlackoutScope.ACCOUNTS && chosenAccounts.isEmpty()) {
            throw new FormProblem("planning.error.noAccounts");
        }
        if (name.get().strip().length() > Blackout.MAX_NAME_LENGTH
                || (reason.get() != null && reason.get().strip().length() > Blackout.MAX_REASON_LENGTH)) {
            throw new FormProblem("planning.error.tooLong");
        }
        Set<String> ids = new HashSet<>();
        chosenAccounts.forEach(a -> ids.add(a.id()));
        Blackout current = selected.get();
        String clientId = client.get() == null ? null : client.get().id();
        if (current == null) {
            return Blackout.create(name.get(), reason.get(), start, end, scope.get(), clientId, ids, mode.get());
        }
        return new Blackout(current.id(), name.get(), reason.get(), start, end, scope.get(), clientId, ids, mode.get(),
                current.version());
    }

    private Instant instant(LocalDate day, String time) {
        if (day == null) {
            throw new FormProblem("planning.error.badTime");
        }
        try {
            return day.atTime(LocalTime.parse(time == null ? "" : time.strip())).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new FormProblem("planning.error.badTime");
        }
    }

    private void fail(Throwable e) {
        problem.set(true);
        message.set(ErrorText.of(e, messages));
    }

    /** One line of the list: name, mode, period, who it covers. */
    public String describe(Blackout b) {
        String period = SHOWN.withLocale(messages.locale()).format(b.start().atZone(zone)) + " \u2013 "
                + SHOWN.withLocale(messages.locale()).format(b.end().atZone(zone));
        return messages.format("blackout.item", b.name(), modeLabel(b.mode()), period, scopeText(b));
    }

    public String modeLabel(BlackoutMode m) {
        return messages.get(m == BlackoutMode.REFUSE ? "blackout.mode.refuse" : "blackout.mode.warn");
    }

    public String scopeLabel(BlackoutScope s) {
        return messages.get(switch (s) {
            case ALL -> "blackout.scope.all";
            case CLIENT -> "blackout.scope.client";
            case ACCOUNTS -> "blackout.scope.accounts";
        });
    }

    private String scopeText(Blackout b) {
        return switch (b.scope()) {
            case ALL -> messages.get("blackout.scope.all");
            case CLIENT -> clients.stream().filter(c -> c.id().equals(b.clientId())).map(Client::name).findFirst()
                    .orElse(b.clientId());
            case ACCOUNTS -> {
                Map<String, Account> byId = new HashMap<>();
                accounts.forEach(a -> byId.put(a.id(), a));
                yield String.join(", ", b.accountIds().stream().map(byId::get).filter(java.util.Objects::nonNull)
                        .map(BlackoutsViewModel::accountLabel).sorted().toList());
            }
        };
    }

    public static String accountLabel(Account a) {
        return a.channel().displayName() + " \u00b7 " + a.handle();
    }

    public ObservableList<Blackout> blackouts() {
        return blackouts;
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObservableList<Client> clients() {
        return clients;
    }

    public ObjectProperty<Blackout> selectedProperty() {
        return selected;
    }

    public BooleanProperty canManageProperty() {
        return canManage;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public ObjectProperty<BlackoutScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Client> clientProperty() {
        return client;
    }

    public ObservableList<Account> chosenAccounts() {
        return chosenAccounts;
    }

    public ObjectProperty<BlackoutMode> modeProperty() {
        return mode;
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

    public ZoneId zone() {
        return zone;
    }
}
