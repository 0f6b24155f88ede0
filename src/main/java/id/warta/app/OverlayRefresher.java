package id.warta.app;

import id.warta.service.Overlay;
import id.warta.service.OverlayFetchException;
import id.warta.service.OverlayService;
import id.warta.ui.common.BackgroundTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches subscribed overlays on a thread of its own, so neither the FX thread nor the database
 * queue ever waits for the network. Once a minute it refreshes the subscriptions whose interval
 * has passed; a network failure (unreachable, timeout, 5xx) is retried after 1, 5 and 15 minutes,
 * then at the normal interval again. Other failures (404, not a calendar) wait for the interval: a
 * person has to fix them. The settings' "subscribe" and "refresh now" run on the same thread
 * ({@link BackgroundTasks}), so two fetches of one calendar never overlap.
 */
final class OverlayRefresher implements BackgroundTasks, AutoCloseable {
    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15));
    private static final Logger LOG = LoggerFactory.getLogger(OverlayRefresher.class);

    private record Retry(int step, Instant at) {
    }

    private final OverlayService overlays;
    private final Clock clock;
    private final Executor fxThread;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "warta-overlay-refresh");
        t.setDaemon(true);
        return t;
    });
    /** Touched only on the refresher's thread. */
    private final Map<String, Retry> retries = new HashMap<>();
    private volatile Consumer<Boolean> listener = changed -> { };

    /** @param fxThread where results and the listener run (Platform::runLater in the app) */
    OverlayRefresher(OverlayService overlays, Clock clock, Executor fxThread) {
        this.overlays = overlays;
        this.clock = clock;
        this.fxThread = fxThread;
    }

    /** After the first frame: a first pass shortly, then one a minute. */
    void start() {
        try {
            executor.scheduleWithFixedDelay(this::pass, 2, 60, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Overlay refresher already closed");
        }
    }

    /**
     * Told on the FX thread after a pass that tried something: {@code true} when events changed (the
     * calendar reloads), {@code false} when only the state did (the settings list shows the error).
     */
    void setListener(Consumer<Boolean> listener) {
        this.listener = listener;
    }

    private void pass() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A closed database or another surprise must not cancel the schedule.
            LOG.warn("Overlay refresh pass failed", e);
        }
    }

    /** One pass over the subscriptions; runs on the refresher's thread. Returns how many were tried. */
    int tick() {
        Instant now = clock.instant();
        int tried = 0;
        boolean changed = false;
        for (Overlay o : overlays.subscriptions()) {
            Retry retry = retries.get(o.id());
            boolean due = retry != null ? !now.isBefore(retry.at()) : o.subscription().dueAt(now);
            if (!due) {
                continue;
            }
            tried++;
            try {
                changed |= overlays.refresh(o.id());
                retries.remove(o.id());
            } catch (OverlayFetchException e) {
                int step = retry == null ? 0 : retry.step() + 1;
                if (e.retryable() && step < BACK_OFF.size()) {
                    retries.put(o.id(), new Retry(step, now.plus(BACK_OFF.get(step))));
                } else {
                    retries.remove(o.id());
                }
                LOG.info("Overlay {} not refreshed: {}", o.name(), e.getMessage());
            } catch (RuntimeException e) {
                retries.remove(o.id());
                LOG.info("Overlay {} not refreshed: {}", o.name(), e.getMessage());
            }
        }
        retries.keySet().retainAll(overlays.subscriptions().stream().map(Overlay::id).toList());
        if (tried > 0) {
            boolean anyChange = changed;
            fxThread.execute(() -> listener.accept(anyChange));
        }
        return tried;
    }

    /** When the next retry of an overlay is planned, if a network failure put it on the back-off. */
    Instant retryAt(String overlayId) {
        Retry r = retries.get(overlayId);
        return r == null ? null : r.at();
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.get();
                    fxThread.execute(() -> onSuccess.accept(result));
                } catch (RuntimeException | Error e) {
                    fxThread.execute(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            fxThread.execute(() -> onFailure.accept(e));
        }
    }

    /** Stops before the database closes; a fetch under way is interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Overlay refresh still running after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
