package id.warta.ui.signin;

import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.service.AuthService;
import id.warta.service.DemoDataService;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who is signed in and what they can do about it: change their password, sign out, and on a demo
 * database "try as" another demo person without a password.
 */
public final class SessionViewModel {
    private final AuthService auth;
    private final DemoDataService demo;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StringProperty userLabel = new SimpleStringProperty("");
    private final BooleanProperty signedIn = new SimpleBooleanProperty();
    private final BooleanProperty demoMode = new SimpleBooleanProperty();
    private final ObservableList<User> demoUsers = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty passwordMessage = new SimpleStringProperty("");
    private final BooleanProperty passwordChanged = new SimpleBooleanProperty();

    public SessionViewModel(AuthService auth, DemoDataService demo, BackgroundTasks tasks, Messages messages) {
        this.auth = auth;
        this.demo = demo;
        this.tasks = tasks;
        this.messages = messages;
        showUser(auth.current().user());
    }

    private void showUser(Optional<User> user) {
        signedIn.set(user.isPresent());
        userLabel.set(user.map(u -> messages.format("session.user", u.displayName(), roles(u))).orElse(""));
    }

    /** The roles of a person in words, for menus and the status bar. */
    public String roles(User u) {
        return String.join(", ", Arrays.stream(Role.values()).filter(u::hasRole)
                .map(r -> messages.get("role." + r.name().toLowerCase(java.util.Locale.ROOT))).toList());
    }

    /** Loads the demo people when the database is a demo. */
    public void load() {
        tasks.submit(demo::demoUsers, (List<User> people) -> {
            demoUsers.setAll(people);
            demoMode.set(!people.isEmpty());
        }, e -> problem.set(ErrorText.of(e, messages)));
    }

    public void tryAs(User person, Runnable afterSwitch) {
        tasks.submit(() -> demo.tryAs(person.username()), user -> {
            showUser(Optional.of(user));
            afterSwitch.run();
        }, e -> problem.set(ErrorText.of(e, messages)));
    }

    public void signOut(Runnable afterSignOut) {
        tasks.submit(() -> {
            auth.signOut();
            return Boolean.TRUE;
        }, ok -> {
            showUser(Optional.empty());
            afterSignOut.run();
        }, e -> problem.set(ErrorText.of(e, messages)));
    }

    /** Changes the signed-in user's password; {@link #passwordChangedProperty()} turns true when done. */
    public void changePassword(String current, String fresh, String repeat) {
        passwordChanged.set(false);
        if (fresh == null || !fresh.equals(repeat)) {
            passwordMessage.set(messages.get("auth.error.passwordsDiffer"));
            return;
        }
        char[] old = current == null ? new char[0] : current.toCharArray();
        char[] next = fresh.toCharArray();
        tasks.submit(() -> {
            auth.changeOwnPassword(old, next);
            return Boolean.TRUE;
        }, ok -> {
            passwordMessage.set(messages.get("session.password.done"));
            passwordChanged.set(true);
        }, e -> passwordMessage.set(ErrorText.of(e, messages)));
    }

    public StringProperty userLabelProperty() {
        return userLabel;
    }

    public BooleanProperty signedInProperty() {
        return signedIn;
    }

    public BooleanProperty demoModeProperty() {
        return demoMode;
    }

    public ObservableList<User> demoUsers() {
        return demoUsers;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty passwordMessageProperty() {
        return passwordMessage;
    }

    public BooleanProperty passwordChangedProperty() {
        return passwordChanged;
    }
}
