package id.warta.app;

import id.warta.cli.ExitCodes;
import id.warta.cli.GuiLauncher;
import id.warta.service.BackupInfo;
import id.warta.service.Messages;
import id.warta.service.StorageException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the database, starts JavaFX and runs the main window until it closes. */
final class WartaGui implements GuiLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(WartaGui.class);

    private final DataPaths paths;
    private final LocalPreferences preferences;
    private final Clock clock;
    private final String version;
    private final PrintWriter out;
    private final PrintWriter err;

    WartaGui(DataPaths paths, LocalPreferences preferences, Clock clock, String version, PrintWriter out, PrintWriter err) {
        this.paths = paths;
        this.preferences = preferences;
        this.clock = clock;
        this.version = version;
        this.out = out;
        this.err = err;
    }

    @Override
    public int launch(Path databaseFile, boolean startupProbe) {
        Messages messages = new Messages(Locale.forLanguageTag(preferences.get("language").orElse("id")));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exit = new AtomicInteger(ExitCodes.OK);
        SqliteWorkspace workspace;
        try {
            workspace = SqliteWorkspace.open(databaseFile, paths, version, clock);
        } catch (StorageException e) {
            LOG.warn("Cannot open {}: {}", databaseFile, e.getMessage());
            String text = messages.describe(e);
            err.println(text);
            err.flush();
            if (!startupProbe) {
                showFatal(messages, text);
            }
            return ExitCodes.USAGE_OR_INPUT;
        }
        DatabaseExecutor executor = new DatabaseExecutor();
        try {
            Platform.startup(() -> { });
        } catch (RuntimeException e) {
            LOG.warn("JavaFX cannot start: {}", e.getMessage());
            workspace.close();
            err.println(messages.get("error.noDisplay"));
            err.flush();
            return ExitCodes.USAGE_OR_INPUT;
        }
        FeedHost feedHost = new FeedHost(workspace.feeds(), FeedParts.hosting(workspace), messages);
        OverlayRefresher overlayRefresher = new OverlayRefresher(workspace.overlays(), clock, Platform::runLater);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            SessionFlow flow = new SessionFlow(workspace, executor, preferences, clock,
                    System.getProperty("user.name", ""), stage, new SessionFlow.Listener() {
                        private boolean first = true;

                        @Override
                        public void gateShown() {
                            if (startupProbe && first) {
                                first = false;
                                reportAfterTwoFrames(stage, executor, workspace, closed);
                            }
                        }

                        @Override
                        public void mainShown(MainWindow window) {
                            if (SharedFolderCheck.looksShared(workspace.databaseFile())) {
                                window.shell().reportProblem(messages.get("status.sharedFolder"));
                            }
                            if (startupProbe && first) {
                                first = false;
                                reportWhenDrawn(window, stage, executor, workspace, closed);
                            } else if (!startupProbe) {
                                // After the window is up: calendar apps can then refresh while Warta is open.
                                feedHost.startInBackground();
                                // Subscribed overlays: fetched on their own thread, first pass shortly after.
                                overlayRefresher.start();
                            }
                        }
                    });
            // The stage shows at once (an empty frame for a moment) so the window appears while the database
            // is asked who may enter.
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1280, 800));
            WindowGeometry.restore(stage, preferences);
            stage.setOnCloseRequest(e -> {
                WindowGeometry.remember(stage, preferences);
                stage.hide();
                feedHost.close();
                overlayRefresher.close();
                shutDown(executor, workspace, !startupProbe, closed);
            });
            stage.show();
            // First in the database queue: who may enter. The start-up backup follows.
            flow.setFeedServer(feedHost);
            flow.setOverlayRefresher(overlayRefresher);
            flow.start();
            if (!startupProbe) {
                executor.submit(() -> workspace.backups().backupNow(), (BackupInfo b) -> {
                    if (flow.current() != null) {
                        flow.current().backupsChanged();
                    }
                }, e -> LOG.warn("Start-up backup failed", e));
                // Behind the first screen's data and the backup: the bundled holidays, once per database.
                executor.submit(() -> {
                    workspace.overlays().installHolidays();
                    return Boolean.TRUE;
                }, (Boolean done) -> {
                    if (flow.current() != null) {
                        flow.current().calendar().load();
                    }
                }, e -> LOG.warn("Bundled holidays not installed", e));
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exit.get();
    }

    /** Prints READY once the calendar's data is on screen: two pulses after it arrived, so a frame was drawn. */
    private void reportWhenDrawn(MainWindow window, Stage stage, DatabaseExecutor executor, SqliteWorkspace workspace,
                                 CountDownLatch closed) {
        if (window.calendar().loadedOnceProperty().get()) {
            reportAfterTwoFrames(stage, executor, workspace, closed);
            return;
        }
        window.calendar().loadedOnceProperty().addListener((o, a, loaded) -> {
            if (loaded) {
                reportAfterTwoFrames(stage, executor, workspace, closed);
            }
        });
    }

    /**
     * Prints READY two pulses after the current content was put on the stage, so a frame of it was drawn:
     * the calendar, or on a database that asks for sign-in the sign-in card (DESIGN.md's probe contract).
     */
    private void reportAfterTwoFrames(Stage stage, DatabaseExecutor executor, SqliteWorkspace workspace,
                                      CountDownLatch closed) {
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
                shutDown(executor, workspace, false, closed);
            }
        }.start();
    }

    private void shutDown(DatabaseExecutor executor, SqliteWorkspace workspace, boolean backup, CountDownLatch closed) {
        executor.runLast(() -> {
            try {
                preferences.save();
                if (backup) {
                    workspace.backups().backupNow();
                }
            } catch (RuntimeException e) {
                LOG.warn("Closing backup failed", e);
            } finally {
                workspace.close();
                Platform.exit();
                closed.countDown();
            }
        });
    }

    /** A dialog for a database that cannot be opened, when there is a screen to show it on. */
    private void showFatal(Messages messages, String text) {
        try {
            Platform.startup(() -> { });
        } catch (RuntimeException e) {
            LOG.info("No display for the error dialog: {}", e.getMessage());
            return;
        }
        CountDownLatch closedDialog = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                Alert alert = new Alert(Alert.AlertType.ERROR, text);
                alert.setTitle(messages.get("app.title"));
                alert.setHeaderText(messages.get("error.open.header"));
                alert.getDialogPane().setPrefWidth(520);
                alert.showAndWait();
            } finally {
                closedDialog.countDown();
            }
        });
        try {
            closedDialog.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }
}
