package id.warta.app;

import id.warta.cli.ExitCodes;
import id.warta.service.Messages;
import id.warta.service.SessionSecretStore;
import id.warta.service.TeamException;
import id.warta.service.TeamPasswords;
import id.warta.service.TeamProfile;
import id.warta.ui.common.ErrorText;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
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
    private final Path dataFolder;

    TeamGui(Path dataFolder, LocalPreferences preferences, Clock clock, String version, PrintWriter out, PrintWriter err,
            StartupTrace trace) {
        this.dataFolder = dataFolder;
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
        AtomicReference<TeamSession> current = new AtomicReference<>();
        AtomicReference<LiveUpdates> live = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            WindowGeometry.restore(stage, preferences);
            TeamSessionFlow flow = new TeamSessionFlow(stage, profile, passwords, choices, executor, messages, preferences,
                    clock, new OfflineFallback(
                    (p, login, password) -> TeamWorkspace.connect(p, login, password, clock, new LazyChecker(), version),
                    (p, login) -> OfflineWorkspace.open(p, login, dataFolder, clock, new LazyChecker(), version)), current,
                    new TeamSessionFlow.Listener() {
                                private boolean first = true;

                                @Override
                                public boolean cardShown() {
                                    trace.mark("team sign-in card on the stage");
                                    if (startupProbe && first) {
                                        first = false;
                                        reportAfterTwoFrames(stage, executor, current, closed);
                                    }
                                    // With a remembered password the card signs in by itself, except for the probe.
                                    return !startupProbe;
                                }

                                @Override
                                public void mainShown(MainWindow window, TeamSession workspace, String login) {
                                    if (workspace instanceof TeamWorkspace online) {
                                        live.set(startLiveUpdates(window, online, profile, login));
                                    }
                                    // On the offline copy the read-only banner says so and when it was synced.
                                }

                                @Override
                                public void signingOut(TeamSession workspace) {
                                    stopLiveUpdates(live);
                                }
                            });
            stage.setOnCloseRequest(e -> {
                WindowGeometry.remember(stage, preferences);
                stage.hide();
                stopLiveUpdates(live);
                shutDown(executor, current, closed);
            });
            stage.show();
            flow.showCard();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /**
     * The change feed (other desktops' edits reload the window) and the offline copy refreshed behind it, on their
     * own connections of the same login. A failure here leaves the window working without live updates.
     */
    private LiveUpdates startLiveUpdates(MainWindow window, TeamWorkspace workspace, TeamProfile profile, String login) {
        try {
            String url = id.warta.persistence.TeamConnections.url(profile);
            var feed = new id.warta.persistence.PostgresChangeFeed(url, workspace.connectionSettings(profile, login),
                    profile.schema(), id.warta.persistence.PostgresChangeFeed.Timings.production());
            var cache = new id.warta.persistence.TeamCache(url, workspace.connectionSettings(profile, login),
                    profile.schema(),
                    id.warta.persistence.TeamCache.fileFor(dataFolder, profile, login));
            return LiveUpdates.start(feed, window, () -> {
                var refreshed = cache.refresh();
                Platform.runLater(() -> window.showLastSynced(refreshed.syncedAt()));
            });
        } catch (RuntimeException e) {
            LOG.warn("Live updates not started", e);
            return null;
        }
    }

    private static void stopLiveUpdates(AtomicReference<LiveUpdates> live) {
        LiveUpdates running = live.getAndSet(null);
        if (running != null) {
            running.close();
        }
    }

    /** Prints READY two pulses after the card was put on the stage, so a frame of it was drawn. */
    private void reportAfterTwoFrames(Stage stage, DatabaseExecutor executor, AtomicReference<TeamSession> current,
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
                shutDown(executor, current, closed);
            }
        }.start();
    }

    private void shutDown(DatabaseExecutor executor, AtomicReference<TeamSession> current, CountDownLatch closed) {
        executor.runLast(() -> {
            try {
                preferences.save();
            } catch (RuntimeException e) {
                LOG.warn("Preferences not saved", e);
            } finally {
                TeamSession open = current.getAndSet(null);
                if (open != null) {
                    open.close();
                }
                Platform.exit();
                closed.countDown();
            }
        });
    }
}
