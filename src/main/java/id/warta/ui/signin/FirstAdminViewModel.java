package id.warta.ui.signin;

import id.warta.domain.User;
import id.warta.service.AuthService;
import id.warta.service.DemoDataService;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First start on a database without users: create the administrator (name, full name, password twice), or
 * load the demo office instead and open it as its supervisor.
 */
public final class FirstAdminViewModel {
    private final AuthService auth;
    private final DemoDataService demo;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<User> signedIn = new SimpleObjectProperty<>();

    public FirstAdminViewModel(AuthService auth, DemoDataService demo, BackgroundTasks tasks, Messages messages) {
        this.auth = auth;
        this.demo = demo;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void create() {
        if (busy.get()) {
            return;
        }
        String name = username.get() == null ? "" : username.get().strip();
        if (name.isEmpty()) {
            error.set(messages.get("signin.error.usernameRequired"));
            return;
        }
        char[] first = text(password);
        char[] second = text(repeat);
        if (!Arrays.equals(first, second)) {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
            password.set("");
            repeat.set("");
            error.set(messages.get("auth.error.passwordsDiffer"));
            return;
        }
        Arrays.fill(second, '\0');
        String full = fullName.get();
        password.set("");
        repeat.set("");
        run(() -> auth.createFirstAdmin(name, full, first));
    }

    /** The demo instead of an administrator: fictional data and people, opened as the demo supervisor. */
    public void loadDemo() {
        if (busy.get()) {
            return;
        }
        run(() -> {
            demo.load();
            return demo.enterAsSupervisor();
        });
    }

    private void run(java.util.function.Supplier<User> work) {
        busy.set(true);
        tasks.submit(work, user -> {
            busy.set(false);
            error.set("");
            signedIn.set(user);
        }, e -> {
            busy.set(false);
            error.set(ErrorText.of(e, messages));
        });
    }

    private static char[] text(StringProperty p) {
        return p.get() == null ? new char[0] : p.get().toCharArray();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<User> signedInProperty() {
        return signedIn;
    }
}
