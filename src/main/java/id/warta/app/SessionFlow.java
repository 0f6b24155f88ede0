package id.warta.app;

import id.warta.domain.User;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.Theme;
import id.warta.ui.signin.FirstAdminView;
import id.warta.ui.signin.FirstAdminViewModel;
import id.warta.ui.signin.SignInView;
import id.warta.ui.signin.SignInViewModel;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what the window shows before the calendar: the first-start step when the database has no
 * user, the sign-in card when it has, and straight in as the demo supervisor on a demo database.
 * Signing out comes back here.
 */
final class SessionFlow {
    private static final Logger LOG = LoggerFactory.getLogger(SessionFlow.class);

    /** What the start-up probe waits for. */
    interface Listener {
        /** The sign-in or first-start card is on the stage. */
        void gateShown();

        /** The main window is on the stage. */
        void mainShown(MainWindow window);
    }

    private record Start(boolean demo, boolean needsFirstAdmin) {
    }

    private final SqliteWorkspace workspace;
    private final BackgroundTasks executor;
    private final LocalPreferences preferences;
    private final Clock clock;
    private final String localUser;
    private final Stage stage;
    private final Listener listener;
    private MainWindow current;
    private id.warta.ui.settings.FeedServerControl feedServer = FeedParts.NO_SERVER;
    private OverlayRefresher overlayRefresher;

    SessionFlow(SqliteWorkspace workspace, BackgroundTasks executor, LocalPreferences preferences, Clock clock,
                String localUser, Stage stage, Listener listener) {
        this.workspace = workspace;
        this.executor = executor;
        this.preferences = preferences;
        this.clock = clock;
        this.localUser = localUser;
        this.stage = stage;
        this.listener = listener;
    }

    void start() {
        executor.submit(() -> new Start(workspace.demo().isDemo(), workspace.auth().needsFirstAdmin()), s -> {
            if (s.demo()) {
                executor.submit(workspace.demo()::enterAsSupervisor, (User u) -> showMain(), e -> {
                    LOG.warn("Cannot open the demo as its supervisor", e);
                    showSignIn();
                });
            } else if (s.needsFirstAdmin()) {
                showFirstAdmin();
            } else {
                showSignIn();
            }
        }, e -> {
            LOG.warn("Cannot read the users of {}", workspace.databaseFile(), e);
            showSignIn();
        });
    }

    void setFeedServer(id.warta.ui.settings.FeedServerControl feedServer) {
        this.feedServer = feedServer;
    }

    void setOverlayRefresher(OverlayRefresher overlayRefresher) {
        this.overlayRefresher = overlayRefresher;
    }

    MainWindow current() {
        return current;
    }

    private Messages messages() {
        return new Messages(Messages.supported(Locale.forLanguageTag(preferences.get("language").orElse("id"))));
    }

    private void showSignIn() {
        current = null;
        Messages messages = messages();
        SignInViewModel model = new SignInViewModel(workspace.auth(), executor, messages);
        model.signedInProperty().addListener((o, a, user) -> {
            if (user != null) {
                showMain();
            }
        });
        show(new SignInView(model, messages, workspace.databaseFile().getFileName().toString()), messages);
    }

    private void showFirstAdmin() {
        current = null;
        Messages messages = messages();
        FirstAdminViewModel model = new FirstAdminViewModel(workspace.auth(), workspace.demo(), executor, messages);
        model.signedInProperty().addListener((o, a, user) -> {
            if (user != null) {
                showMain();
            }
        });
        show(new FirstAdminView(model, messages), messages);
    }

    private void show(Parent root, Messages messages) {
        Scene scene = new Scene(root, sceneWidth(), sceneHeight());
        MainWindow.style(scene, preferences.get("theme").flatMap(Theme::fromCode).orElse(Theme.LIGHT));
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        listener.gateShown();
    }

    private void showMain() {
        MainWindow window = new MainWindow(workspace, executor, preferences, clock, localUser);
        window.setOnSignOut(this::showSignIn);
        window.setFeedServer(feedServer);
        window.setOverlayRefresher(overlayRefresher);
        window.attach(stage);
        current = window;
        listener.mainShown(window);
    }

    private double sceneWidth() {
        return stage.getScene() == null ? 1280 : stage.getScene().getWidth();
    }

    private double sceneHeight() {
        return stage.getScene() == null ? 800 : stage.getScene().getHeight();
    }
}
