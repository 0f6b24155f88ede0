package id.warta.ui.signin;

import id.warta.domain.User;
import id.warta.service.AuthService;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The sign-in form: a name, a password, and the reason when it fails (wrong, too soon, locked, inactive). */
public final class SignInViewModel {
    private final AuthService auth;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<User> signedIn = new SimpleObjectProperty<>();

    public SignInViewModel(AuthService auth, BackgroundTasks tasks, Messages messages) {
        this.auth = auth;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        String name = username.get() == null ? "" : username.get().strip();
        if (name.isEmpty()) {
            error.set(messages.get("signin.error.usernameRequired"));
            return;
        }
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        // The field empties at once so a failed try never leaves the password on screen.
        password.set("");
        busy.set(true);
        tasks.submit(() -> auth.signIn(name, secret), user -> {
            busy.set(false);
            error.set("");
            signedIn.set(user);
        }, e -> {
            busy.set(false);
            error.set(ErrorText.of(e, messages));
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Set once sign-in succeeded. */
    public ObjectProperty<User> signedInProperty() {
        return signedIn;
    }
}
