package id.warta.app;

import id.warta.service.ChangeFeed;
import id.warta.service.FeedStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the open window in step with the team database: hints from the {@link ChangeFeed} (on its
 * own thread) become one reload of the calendar and the review queue on the FX thread, however
 * many arrive within the settle time, and the connection state goes to the window's banner.
 * Nothing here blocks: the feed's thread only schedules, the FX thread only starts the reloads
 * (which read on the database executor as always).
 */
public final class LiveUpdates implements ChangeFeed.Listener, AutoCloseable {
    /** Hints this close together make one reload: a saved post touches several tables in quick succession. */
    static final Duration SETTLE = Duration.ofMillis(400);

    /** Runs a task after a delay, off the FX thread. */
    @FunctionalInterface
    interface Timer {
        void schedule(Runnable task, Duration delay);
    }

    private final Runnable reload;
    private final Consumer<FeedStatus> showStatus;
    private final Executor fx;
    private final Timer timer;
    private final Duration settle;
    private final Runnable afterChanges;
    private final Runnable onClose;
    private boolean reloadPending;
    private boolean wasOffline;

    LiveUpdates(Runnable reload, Consumer<FeedStatus> showStatus, Executor fx, Timer timer, Duration settle,
                Runnable afterChanges, Runnable onClose) {
        this.reload = Objects.requireNonNull(reload);
        this.showStatus = Objects.requireNonNull(showStatus);
        this.fx = Objects.requireNonNull(fx);
        this.timer = Objects.requireNonNull(timer);
        this.settle = Objects.requireNonNull(settle);
        this.afterChanges = Objects.requireNonNull(afterChanges);
        this.onClose = Objects.requireNonNull(onClose);
    }

    /**
     * Starts the feed for the open window, right after sign-in on the team server. The offline copy
     * is refreshed at once and then at most once a minute after changes ({@link TeamCacheRefresher}),
     * on a background thread. Close on sign-out or when the window closes.
     */
    public static LiveUpdates start(ChangeFeed feed, MainWindow window, Runnable refreshOfflineCopy) {
        // Two threads: a refresh of the offline copy takes seconds and must not hold up the next reload.
        ScheduledExecutorService scheduler = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "warta-live-updates");
            t.setDaemon(true);
            return t;
        });
        Timer timer = (task, delay) -> scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        TeamCacheRefresher offlineCopy = TeamCacheRefresher.on(refreshOfflineCopy, timer);
        LiveUpdates live = new LiveUpdates(window::reloadLiveData, window::showConnection,
                javafx.application.Platform::runLater, timer, SETTLE, offlineCopy::request, () -> {
                    scheduler.shutdownNow();
                    // Closing waits for the feed's thread, which may sit in a connection attempt: never on the FX thread.
                    Thread closer = new Thread(feed::close, "warta-live-close");
                    closer.setDaemon(true);
                    closer.start();
                });
        feed.start(live);
        offlineCopy.request();
        return live;
    }

    @Override
    public void changed(ChangeFeed.Changes changes) {
        hint();
    }

    @Override
    public void status(FeedStatus status) {
        boolean reconnected;
        synchronized (this) {
            reconnected = status.online() && wasOffline;
            wasOffline = !status.online();
        }
        fx.execute(() -> showStatus.accept(status));
        if (reconnected) {
            // What was on screen may be older than the catch-up can tell (a restored database): read it again.
            hint();
        }
    }

    private void hint() {
        synchronized (this) {
            if (reloadPending) {
                return;
            }
            reloadPending = true;
        }
        timer.schedule(this::settled, settle);
    }

    private void settled() {
        synchronized (this) {
            reloadPending = false;
        }
        fx.execute(reload);
        afterChanges.run();
    }

    @Override
    public void close() {
        onClose.run();
    }
}
