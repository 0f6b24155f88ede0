package id.warta.ui.settings;

import id.warta.ui.common.OutcomeMessage;
import id.warta.domain.Client;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.service.AuthService;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * "Pengguna dan peran": the administrator lists people, adds one, sets roles and client assignments,
 * resets a password and deactivates. The services enforce the rules; this only gathers the edits.
 */
public final class UsersViewModel {
    private final AuthService auth;
    private final Supplier<List<Client>> allClients;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final BooleanProperty canManage = new SimpleBooleanProperty();
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final Map<Role, BooleanProperty> roles = flags();
    private final ObservableList<ClientChoice> assignments = FXCollections.observableArrayList();
    private final StringProperty resetPassword = new SimpleStringProperty("");
    private final StringProperty resetRepeat = new SimpleStringProperty("");

    private final StringProperty newUsername = new SimpleStringProperty("");
    private final StringProperty newFullName = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newRepeat = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> newRoles = flags();

    private final OutcomeMessage outcome;
    private Set<String> loadedAssignments = Set.of();

    public UsersViewModel(AuthService auth, Supplier<List<Client>> allClients, BackgroundTasks tasks, Messages messages) {
        this.auth = auth;
        this.allClients = allClients;
        this.tasks = tasks;
        this.messages = messages;
        this.outcome = new OutcomeMessage(messages);
        newRoles.get(Role.STAFF).set(true);
        selected.addListener((o, a, user) -> showDetail(user));
    }

    private static Map<Role, BooleanProperty> flags() {
        Map<Role, BooleanProperty> map = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            map.put(r, new SimpleBooleanProperty());
        }
        return map;
    }

    private record Listing(List<User> users, List<Client> clients) {
    }

    public void load() {
        boolean admin = auth.current().user().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
        canManage.set(admin);
        if (!admin) {
            users.clear();
            return;
        }
        String keep = selected.get() == null ? null : selected.get().id();
        tasks.submit(() -> new Listing(auth.users(), allClients.get()), l -> {
            users.setAll(l.users());
            clientsCache = l.clients();
            selected.set(keep == null ? null : l.users().stream().filter(u -> u.id().equals(keep)).findFirst()
                    .orElse(null));
        }, outcome::fail);
    }

    private List<Client> clientsCache = List.of();

    private void showDetail(User user) {
        for (Role r : Role.values()) {
            roles.get(r).set(user != null && user.hasRole(r));
        }
        assignments.clear();
        loadedAssignments = Set.of();
        if (user == null) {
            return;
        }
        List<Client> clients = clientsCache;
        tasks.submit(() -> auth.assignedClients(user.id()), (Set<String> assigned) -> {
            loadedAssignments = Set.copyOf(assigned);
            assignments.setAll(clients.stream().map(c -> ClientChoice.of(c, assigned.contains(c.id()))).toList());
        }, outcome::fail);
    }

    /** Saves the selected person's roles and client assignments. */
    public void saveSelected() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        Set<Role> chosen = chosenRoles(roles);
        Set<String> wanted = new HashSet<>();
        assignments.stream().filter(c -> c.chosen().get()).forEach(c -> wanted.add(c.client().id()));
        Set<String> before = loadedAssignments;
        tasks.submit(() -> {
            if (!chosen.equals(user.roles())) {
                auth.setRoles(user.id(), chosen);
            }
            for (String id : wanted) {
                if (!before.contains(id)) {
                    auth.assign(user.id(), id);
                }
            }
            for (String id : before) {
                if (!wanted.contains(id)) {
                    auth.unassign(user.id(), id);
                }
            }
            return Boolean.TRUE;
        }, ok -> {
            outcome.succeed(messages.format("users.saved", user.displayName()));
            load();
        }, outcome::fail);
    }

    public void toggleActive() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        tasks.submit(() -> auth.setActive(user.id(), !user.active()), after -> {
            outcome.succeed(messages.format(after.active() ? "users.activated" : "users.deactivated", after.displayName()));
            load();
        }, outcome::fail);
    }

    public void resetSelectedPassword() {
        User user = selected.get();
        if (user == null) {
            return;
        }
        String first = resetPassword.get();
        if (first == null || !first.equals(resetRepeat.get())) {
            outcome.problem(messages.get("auth.error.passwordsDiffer"));
            return;
        }
        resetPassword.set("");
        resetRepeat.set("");
        char[] secret = first.toCharArray();
        tasks.submit(() -> {
            auth.resetPassword(user.id(), secret);
            return Boolean.TRUE;
        }, ok -> outcome.succeed(messages.format("users.passwordReset", user.displayName())), outcome::fail);
    }

    public void addUser() {
        String name = newUsername.get() == null ? "" : newUsername.get().strip();
        if (name.isEmpty()) {
            outcome.problem(messages.get("signin.error.usernameRequired"));
            return;
        }
        String first = newPassword.get();
        if (first == null || !first.equals(newRepeat.get())) {
            outcome.problem(messages.get("auth.error.passwordsDiffer"));
            return;
        }
        Set<Role> chosen = chosenRoles(newRoles);
        if (chosen.isEmpty()) {
            outcome.problem(messages.get("users.noRole"));
            return;
        }
        String full = newFullName.get();
        char[] secret = first.toCharArray();
        newPassword.set("");
        newRepeat.set("");
        tasks.submit(() -> auth.createUser(name, full, chosen, secret), made -> {
            newUsername.set("");
            newFullName.set("");
            outcome.succeed(messages.format("users.added", made.displayName()));
            selected.set(null);
            load();
        }, outcome::fail);
    }

    private static Set<Role> chosenRoles(Map<Role, BooleanProperty> flags) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        flags.forEach((r, p) -> {
            if (p.get()) {
                chosen.add(r);
            }
        });
        return chosen;
    }

    public BooleanProperty canManageProperty() {
        return canManage;
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<User> selectedProperty() {
        return selected;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public BooleanProperty newRoleProperty(Role role) {
        return newRoles.get(role);
    }

    public ObservableList<ClientChoice> assignments() {
        return assignments;
    }

    public StringProperty resetPasswordProperty() {
        return resetPassword;
    }

    public StringProperty resetRepeatProperty() {
        return resetRepeat;
    }

    public StringProperty newUsernameProperty() {
        return newUsername;
    }

    public StringProperty newFullNameProperty() {
        return newFullName;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newRepeatProperty() {
        return newRepeat;
    }

    public StringProperty messageProperty() {
        return outcome.textProperty();
    }

    public BooleanProperty messageIsProblemProperty() {
        return outcome.problemProperty();
    }
}
