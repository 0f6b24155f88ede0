package id.warta.app;

import id.warta.service.Messages;
import id.warta.service.TeamPasswords;
import id.warta.service.TeamProfile;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.Theme;
import id.warta.ui.signin.TeamSignInView;
import id.warta.ui.signin.TeamSignInViewModel;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The team window's two states: the sign-in card, then the main window on the workspace the
 * sign-in opened. Signing out closes that connection and brings the card back.
 */
final class TeamSessionFlow {
    /** What the launcher (start-up probe) and tests wait for. */
    interface Listener {
        /**
         * The card is on the stage.
         *
         * @return whether a remembered password may sign in straight away
         */
        boolean cardShown();

        default void mainShown(MainWindow window, TeamSession workspace, String login) {
        }

        /** The workspace is about to close (sign-out): stop what uses its connection settings. */
        default void signingOut(TeamSession workspace) {
        }
    }

    private final Stage stage;
    private final TeamProfile profile;
    private final TeamPasswords passwords;
    private final TeamChoices choices;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final LocalPreferences preferences;
    private final Clock clock;
    private final TeamConnector.Opener opener;
    private final AtomicReference<TeamSession> current;
    private final Listener listener;

    TeamSessionFlow(Stage stage, TeamProfile profile, TeamPasswords passwords, TeamChoices choices, BackgroundTasks tasks,
                    Messages messages, LocalPreferences preferences, Clock clock, TeamConnector.Opener opener,
                    AtomicReference<TeamSession> current, Listener listener) {
        this.stage = stage;
        this.profile = profile;
        this.passwords = passwords;
        this.choices = choices;
        this.tasks = tasks;
        this.messages = messages;
        this.preferences = preferences;
        this.clock = clock;
        this.opener = opener;
        this.current = current;
        this.listener = listener;
    }

    void showCard() {
        TeamConnector connector = new TeamConnector(profile, passwords, choices, opener);
        TeamSignInViewModel model = new TeamSignInViewModel(connector,
                login -> passwords.remembered(TeamPasswords.account(profile, login)).isPresent(), tasks, messages);
        model.loginProperty().set(choices.lastLogin().orElse(System.getProperty("user.name", "")));
        model.signedInProperty().addListener((o, a, user) -> {
            if (user != null) {
                String login = model.loginProperty().get().strip();
                connector.take().ifPresent(ws -> showMain(ws, login));
            }
        });
        Scene scene = new Scene(new TeamSignInView(model, messages, profile.address()), width(), height());
        MainWindow.style(scene, preferences.get("theme").flatMap(Theme::fromCode).orElse(Theme.LIGHT));
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        if (listener.cardShown()) {
            model.checkRemembered(true);
        }
    }

    private void showMain(TeamSession workspace, String login) {
        current.set(workspace);
        MainWindow window = new MainWindow(workspace, tasks, preferences, clock, System.getProperty("user.name", ""));
        window.setTeamMode(new TeamModeParts(choices, Optional.of(profile)));
        window.setOnSignOut(() -> {
            TeamSession old = current.getAndSet(null);
            if (old != null) {
                listener.signingOut(old);
            }
            tasks.submit(() -> {
                if (old != null) {
                    old.close();
                }
                return Boolean.TRUE;
            }, ok -> showCard(), e -> showCard());
        });
        window.attach(stage);
        listener.mainShown(window, workspace, login);
    }

    private double width() {
        return stage.getScene() == null ? 1280 : stage.getScene().getWidth();
    }

    private double height() {
        return stage.getScene() == null ? 800 : stage.getScene().getHeight();
    }
}
