package id.warta.app;

import id.warta.cli.ExitCodes;
import id.warta.service.Messages;
import id.warta.service.SessionSecretStore;
import id.warta.service.TeamException;
import id.warta.service.TeamPasswords;
import id.warta.service.TeamProfile;
import id.warta.ui.common.ErrorText;
import id.warta.ui.common.Theme;
import id.warta.ui.signin.TeamSignInView;
import id.warta.ui.signin.TeamSignInViewModel;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code warta --team PROFILE}: the window on the team server. The sign-in card asks for the
 * PostgreSQL login; connecting runs on the database thread; the main window is the same as for a
 * file. Signing out closes the connection and shows the card again.
 */
final class TeamGui {
    private static final Logger LOG = LoggerFactory.getLogger(TeamGui.class);

    private final LocalPreferences preferences;
    private final Clock clock;
    private final String version;
    private final PrintWriter out;
    private final PrintWriter err;
    private final StartupTrace trace;

    TeamGui(LocalPreferences preferences, Clock clock, String version, PrintWriter out, PrintWriter err,
            StartupTrace trace) {
        this.preferences = preferences;
        this.clock = clock;
        this.version = version;
        this.out = out;
        this.err = err;
        this.trace = trace;
    }

    int launch(Path profileFile, boolean startupProbe) {
        Messages messages = new Messages(Messages.supported(Locale.forLanguageTag(preferences.get("language").orElse("id"))));
        TeamProfile profile;
        try {
            profile = TeamProfile.load(profileFile);
        } catch (TeamException e) {
            err.println(ErrorText.of(e, messages));
            err.flush();
            return ExitCodes.USAGE_OR_INPUT;
        }
        FxToolkit toolkit = FxToolkit.startInBackground(trace);
        if (!toolkit.await()) {
            err.println(messages.get("error.noDisplay"));
            err.flush();
            return ExitCodes.USAGE_OR_INPUT;
        }
        DatabaseExecutor executor = new DatabaseExecutor();
        TeamPasswords passwords = new TeamPasswords(OsKeyring::find, new SessionSecretStore());
        TeamChoices choices = new TeamChoices(preferences, passwords);
        AtomicReference<TeamWorkspace> current = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            WindowGeometry.restore(stage, preferences);
            Window window = new Window(stage, profile, passwords, choices, executor, messages, current, startupProbe,
                    closed);
            stage.setOnCloseRequest(e -> {
                WindowGeometry.remember(stage, preferences);
                stage.hide();
                shutDown(executor, current, closed);
            });
            stage.show();
            window.showCard();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** The stage's two states: the sign-in card and the main window. */
    private final class Window {
        private final Stage stage;
        private final TeamProfile profile;
        private final TeamPasswords passwords;
        private final TeamChoices choices;
        private final DatabaseExecutor executor;
        private final Messages messages;
        private final AtomicReference<TeamWorkspace> current;
        private final boolean startupProbe;
        private final CountDownLatch closed;

        Window(Stage stage, TeamProfile profile, TeamPasswords passwords, TeamChoices choices, DatabaseExecutor executor,
               Messages messages, AtomicReference<TeamWorkspace> current, boolean startupProbe, CountDownLatch closed) {
            this.stage = stage;
            this.profile = profile;
            this.passwords = passwords;
            this.choices = choices;
            this.executor = executor;
            this.messages = messages;
            this.current = current;
            this.startupProbe = startupProbe;
            this.closed = closed;
        }

        void showCard() {
            TeamConnector connector = new TeamConnector(profile, passwords, choices,
                    (p, login, password) -> TeamWorkspace.connect(p, login, password, clock, new LazyChecker(), version));
            TeamSignInViewModel model = new TeamSignInViewModel(connector,
                    login -> passwords.remembered(TeamPasswords.account(profile, login)).isPresent(), executor, messages);
            model.loginProperty().set(choices.lastLogin().orElse(System.getProperty("user.name", "")));
            model.signedInProperty().addListener((o, a, user) -> {
                if (user != null) {
                    connector.take().ifPresent(this::showMain);
                }
            });
            Scene scene = new Scene(new TeamSignInView(model, messages, profile.address()), width(), height());
            MainWindow.style(scene, preferences.get("theme").flatMap(Theme::fromCode).orElse(Theme.LIGHT));
            stage.setScene(scene);
            stage.setTitle(messages.get("app.title"));
            trace.mark("team sign-in card on the stage");
            if (startupProbe) {
                reportAfterTwoFrames();
            } else {
                model.checkRemembered(true);
            }
        }

        private void showMain(TeamWorkspace workspace) {
            current.set(workspace);
            MainWindow window = new MainWindow(workspace, executor, preferences, clock,
                    System.getProperty("user.name", ""));
            window.setTeamMode(new TeamModeParts(choices, Optional.of(profile)));
            window.setOnSignOut(() -> {
                TeamWorkspace old = current.getAndSet(null);
                executor.submit(() -> {
                    if (old != null) {
                        old.close();
                    }
                    return Boolean.TRUE;
                }, ok -> showCard(), e -> showCard());
            });
            window.attach(stage);
        }

        private void reportAfterTwoFrames() {
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames < 2) {
                        return;
                    }
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    out.println("READY " + ms);
                    out.flush();
                    stage.hide();
                    shutDown(executor, current, closed);
                }
            }.start();
        }

        private double width() {
            return stage.getScene() == null ? 1280 : stage.getScene().getWidth();
        }

        private double height() {
            return stage.getScene() == null ? 800 : stage.getScene().getHeight();
        }
    }

    private void shutDown(DatabaseExecutor executor, AtomicReference<TeamWorkspace> current, CountDownLatch closed) {
        executor.runLast(() -> {
            try {
                preferences.save();
            } catch (RuntimeException e) {
                LOG.warn("Preferences not saved", e);
            } finally {
                TeamWorkspace open = current.getAndSet(null);
                if (open != null) {
                    open.close();
                }
                Platform.exit();
                closed.countDown();
            }
        });
    }
}
