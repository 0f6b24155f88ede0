package id.warta.ui.settings;

import id.warta.domain.Account;
import id.warta.domain.AccountPlan;
import id.warta.domain.Client;
import id.warta.domain.PostingHours;
import id.warta.service.Messages;
import id.warta.service.PlanningRulesService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * "Akun dan jam unggah": per account its posting hours (on the account's own clock) and target
 * posts per week. Empty fields mean "any time" and "no target". Administrators only.
 */
public final class AccountPlansViewModel {
    /** One account as the table shows it. */
    public record Row(Account account, String clientName, AccountPlan plan) {
        public String hoursText() {
            return plan.hours() == null ? "" : plan.hours().text() + " " + account.zone().name();
        }

        public String cadenceText() {
            return plan.postsPerWeek() == null ? "" : plan.postsPerWeek().toString();
        }
    }

    private final PlanningRulesService rules;
    private final Supplier<List<Client>> allClients;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final boolean admin;
    private final Runnable afterChange;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanProperty canManage = new SimpleBooleanProperty();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty perWeek = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();

    public AccountPlansViewModel(PlanningRulesService rules, Supplier<List<Client>> allClients, BackgroundTasks tasks,
                                 Messages messages, boolean admin, Runnable afterChange) {
        this.rules = rules;
        this.allClients = allClients;
        this.tasks = tasks;
        this.messages = messages;
        this.admin = admin;
        this.afterChange = afterChange;
        selected.addListener((o, a, b) -> fill(b));
    }

    private record Listing(List<Account> accounts, Map<String, AccountPlan> plans, List<Client> clients) {
    }

    public void load() {
        canManage.set(admin);
        if (!admin) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().account().id();
        tasks.submit(() -> new Listing(rules.accounts(), rules.plans(), allClients.get()), l -> {
            Map<String, String> names = new HashMap<>();
            l.clients().forEach(c -> names.put(c.id(), c.name()));
            rows.setAll(l.accounts().stream()
                    .map(a -> new Row(a, names.getOrDefault(a.clientId(), ""),
                            l.plans().getOrDefault(a.id(), AccountPlan.none(a.id()))))
                    .sorted(Comparator.comparing(Row::clientName).thenComparing(r -> r.account().channel().displayName())
                            .thenComparing(r -> r.account().handle()))
                    .toList());
            selected.set(keep == null ? null
                    : rows.stream().filter(r -> r.account().id().equals(keep)).findFirst().orElse(null));
        }, this::fail);
    }

    private void fill(Row row) {
        AccountPlan plan = row == null ? null : row.plan();
        from.set(plan == null || plan.hours() == null ? "" : plan.hours().from().toString());
        to.set(plan == null || plan.hours() == null ? "" : plan.hours().to().toString());
        perWeek.set(plan == null || plan.postsPerWeek() == null ? "" : plan.postsPerWeek().toString());
    }

    /** Saves the form for the selected account. */
    public void save() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        PostingHours hours;
        Integer cadence;
        try {
            hours = hours();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            problem.set(true);
            message.set(messages.get("planning.error.badHours"));
            return;
        }
        try {
            cadence = perWeek.get().isBlank() ? null : Integer.valueOf(perWeek.get().strip());
        } catch (NumberFormatException e) {
            problem.set(true);
            message.set(messages.format("planning.error.badCadence", AccountPlan.MAX_POSTS_PER_WEEK));
            return;
        }
        String accountId = row.account().id();
        tasks.submit(() -> rules.savePlan(accountId, hours, cadence), saved -> {
            problem.set(false);
            message.set(messages.format("accountPlan.saved", BlackoutsViewModel.accountLabel(row.account())));
            load();
            afterChange.run();
        }, this::fail);
    }

    private PostingHours hours() {
        boolean noFrom = from.get() == null || from.get().isBlank();
        boolean noTo = to.get() == null || to.get().isBlank();
        if (noFrom && noTo) {
            return null;
        }
        if (noFrom || noTo) {
            throw new IllegalArgumentException("both ends needed");
        }
        return new PostingHours(LocalTime.parse(from.get().strip()), LocalTime.parse(to.get().strip()));
    }

    private void fail(Throwable e) {
        problem.set(true);
        message.set(ErrorText.of(e, messages));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public BooleanProperty canManageProperty() {
        return canManage;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty perWeekProperty() {
        return perWeek;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty problemProperty() {
        return problem;
    }
}
