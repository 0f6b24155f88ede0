package id.warta.app;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the offline copy of the team database in the background: at once after sign-in, and
 * after changes at most once per {@code minimumGap} (a copy is a full snapshot, too heavy for every
 * burst). Requests while one is due are merged; a failed refresh is logged and leaves the previous
 * copy in place (see TeamCache), the next request tries again.
 */
public final class TeamCacheRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(TeamCacheRefresher.class);
    public static final Duration MINIMUM_GAP = Duration.ofMinutes(1);

    private final Runnable refresh;
    private final LiveUpdates.Timer timer;
    private final Duration minimumGap;
    private final LongSupplier nanoTime;
    private boolean due;
    private long lastStart;
    private boolean ranOnce;

    TeamCacheRefresher(Runnable refresh, LiveUpdates.Timer timer, Duration minimumGap, LongSupplier nanoTime) {
        this.refresh = Objects.requireNonNull(refresh);
        this.timer = Objects.requireNonNull(timer);
        this.minimumGap = Objects.requireNonNull(minimumGap);
        this.nanoTime = Objects.requireNonNull(nanoTime);
    }

    /** A refresher on the given background timer (e.g. the live updates' scheduler). */
    static TeamCacheRefresher on(Runnable refresh, LiveUpdates.Timer timer) {
        return new TeamCacheRefresher(refresh, timer, MINIMUM_GAP, System::nanoTime);
    }

    /** Asks for a refresh; runs now if none ran in the last minute, else once when the minute is over. */
    public void request() {
        Duration wait;
        synchronized (this) {
            if (due) {
                return;
            }
            due = true;
            long since = nanoTime.getAsLong() - lastStart;
            wait = !ranOnce || since >= minimumGap.toNanos() ? Duration.ZERO : minimumGap.minusNanos(since);
        }
        timer.schedule(this::run, wait);
    }

    private void run() {
        synchronized (this) {
            due = false;
            ranOnce = true;
            lastStart = nanoTime.getAsLong();
        }
        try {
            refresh.run();
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the offline copy failed; the previous copy stays", e);
        }
    }
}
