package id.warta.ui.signin;

import id.warta.domain.User;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The team sign-in card: a PostgreSQL login and password, "remember the password", and the
 * server's refusal in plain words. Connecting (TLS, login, schema check, finding the Warta user)
 * runs in the background; the card shows progress meanwhile.
 */
public final class TeamSignInViewModel {
    /** Connects and signs in; runs off the FX thread and throws a readable refusal. */
    @FunctionalInterface
    public interface Connector {
        /**
         * @param password empty means "use the password remembered for this login"
         */
        User connect(String login, char[] password, boolean remember);
    }

    private final Connector connector;
    private final Predicate<String> hasRememberedPassword;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final BooleanProperty passwordRemembered = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<User> signedIn = new SimpleObjectProperty<>();

    /**
     * @param hasRememberedPassword asks the keyring (slow: D-Bus), so it runs in the background
     */
    public TeamSignInViewModel(Connector connector, Predicate<String> hasRememberedPassword, BackgroundTasks tasks,
                               Messages messages) {
        this.connector = connector;
        this.hasRememberedPassword = hasRememberedPassword;
        this.tasks = tasks;
        this.messages = messages;
        // A saved password belongs to one login: typing another name must not offer it.
        login.addListener((o, was, now) -> passwordRemembered.set(false));
    }

    /**
     * Looks up whether a password is remembered for the login in the field; with {@code connectIfSo} signs in with
     * it straight away (the user asked Warta to remember it).
     */
    public void checkRemembered(boolean connectIfSo) {
        String name = login.get() == null ? "" : login.get().strip();
        if (name.isEmpty()) {
            return;
        }
        tasks.submit(() -> hasRememberedPassword.test(name), found -> {
            passwordRemembered.set(found);
            if (found && connectIfSo && name.equals(login.get().strip())) {
                signIn();
            }
        }, e -> passwordRemembered.set(false));
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        String name = login.get() == null ? "" : login.get().strip();
        if (name.isEmpty()) {
            error.set(messages.get("team.signin.error.loginRequired"));
            return;
        }
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        if (secret.length == 0 && !passwordRemembered.get()) {
            error.set(messages.get("team.signin.error.passwordRequired"));
            return;
        }
        // The field empties at once so a refused try never leaves the password on screen.
        password.set("");
        boolean keep = remember.get();
        busy.set(true);
        error.set("");
        tasks.submit(() -> connector.connect(name, secret, keep), user -> {
            busy.set(false);
            signedIn.set(user);
        }, e -> {
            busy.set(false);
            passwordRemembered.set(false);
            error.set(ErrorText.of(e, messages));
        });
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** A password for this login is saved on this computer; the field may stay empty. */
    public BooleanProperty passwordRememberedProperty() {
        return passwordRemembered;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Set once the server accepted the login and the Warta user is known. */
    public ObjectProperty<User> signedInProperty() {
        return signedIn;
    }
}
