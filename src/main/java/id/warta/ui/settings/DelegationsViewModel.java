package id.warta.ui.settings;

import id.warta.ui.common.OutcomeMessage;
import id.warta.domain.Client;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.service.DelegationRow;
import id.warta.service.DelegationService;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Delegasi (Plh)": a supervisor (or the administrator for one) hands approval for chosen clients and
 * days to someone else; current and ended delegations are listed, current ones can be revoked.
 */
public final class DelegationsViewModel {
    private final DelegationService delegations;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Optional<User> me;

    private final BooleanProperty canDelegate = new SimpleBooleanProperty();
    private final ObservableList<DelegationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<User> givers = FXCollections.observableArrayList();
    private final ObservableList<User> receivers = FXCollections.observableArrayList();
    private final ObjectProperty<User> giver = new SimpleObjectProperty<>();
    private final ObjectProperty<User> receiver = new SimpleObjectProperty<>();
    private final ObservableList<ClientChoice> clients = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final OutcomeMessage outcome;

    public DelegationsViewModel(DelegationService delegations, BackgroundTasks tasks, Messages messages,
                                Optional<User> me, LocalDate today) {
        this.delegations = delegations;
        this.tasks = tasks;
        this.messages = messages;
        this.outcome = new OutcomeMessage(messages);
        this.me = me;
        startsOn.set(today);
        endsOn.set(today.plusDays(6));
        giver.addListener((o, a, g) -> loadClients(g));
    }

    private record Listing(List<DelegationRow> rows, List<User> givers, List<User> receivers) {
    }

    public void load() {
        boolean may = me.map(u -> u.hasRole(Role.SUPERVISOR) || u.hasRole(Role.ADMIN)).orElse(false);
        canDelegate.set(may);
        if (me.isEmpty()) {
            return;
        }
        tasks.submit(() -> new Listing(delegations.list(), may ? delegations.possibleGivers() : List.of(),
                may ? delegations.possibleReceivers() : List.of()), l -> {
                    rows.setAll(l.rows());
                    givers.setAll(l.givers());
                    receivers.setAll(l.receivers());
                    if (giver.get() == null || l.givers().stream().noneMatch(u -> u.id().equals(giver.get().id()))) {
                        giver.set(l.givers().isEmpty() ? null : l.givers().get(0));
                    }
                }, outcome::fail);
    }

    private void loadClients(User g) {
        clients.clear();
        if (g == null) {
            return;
        }
        tasks.submit(() -> delegations.clientsOf(g.id()), (List<Client> list) ->
                clients.setAll(list.stream().map(c -> ClientChoice.of(c, false)).toList()), outcome::fail);
    }

    public void create() {
        User from = giver.get();
        User to = receiver.get();
        if (from == null || to == null) {
            outcome.problem(messages.get("delegations.choosePeople"));
            return;
        }
        List<String> chosen = clients.stream().filter(c -> c.chosen().get()).map(c -> c.client().id()).toList();
        LocalDate start = startsOn.get();
        LocalDate end = endsOn.get();
        tasks.submit(() -> delegations.create(from.id(), to.id(), chosen, start, end), made -> {
            outcome.succeed(messages.format("delegations.created", made.size(), to.displayName()));
            clients.forEach(c -> c.chosen().set(false));
            load();
        }, outcome::fail);
    }

    public void revoke(DelegationRow row) {
        if (row == null) {
            return;
        }
        tasks.submit(() -> {
            delegations.revoke(row.delegation().id());
            return Boolean.TRUE;
        }, ok -> {
            outcome.succeed(messages.format("delegations.revoked", row.toName(), row.clientName()));
            load();
        }, outcome::fail);
    }

    public BooleanProperty canDelegateProperty() {
        return canDelegate;
    }

    public ObservableList<DelegationRow> rows() {
        return rows;
    }

    public ObservableList<User> givers() {
        return givers;
    }

    public ObservableList<User> receivers() {
        return receivers;
    }

    public ObjectProperty<User> giverProperty() {
        return giver;
    }

    public ObjectProperty<User> receiverProperty() {
        return receiver;
    }

    public ObservableList<ClientChoice> clients() {
        return clients;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty messageProperty() {
        return outcome.textProperty();
    }

    public BooleanProperty messageIsProblemProperty() {
        return outcome.problemProperty();
    }
}
