package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.ChangeFeed.Changes;
import id.warta.service.FeedStatus;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-over from the feed's thread to the window: executors and the timer are run by hand, no FX. */
class LiveUpdatesTest {
    final Queue<Runnable> fxQueue = new ArrayDeque<>();
    final List<Duration> delays = new ArrayList<>();
    final Queue<Runnable> timerQueue = new ArrayDeque<>();
    final List<FeedStatus> shown = new ArrayList<>();
    int reloads;
    int afterChanges;

    LiveUpdates live = new LiveUpdates(() -> reloads++, shown::add, fxQueue::add, (task, delay) -> {
        delays.add(delay);
        timerQueue.add(task);
    }, LiveUpdates.SETTLE, () -> afterChanges++, () -> { });

    static Changes change(long rev) {
        return new Changes(rev - 1, rev, Set.of("post"));
    }

    void runTimer() {
        while (!timerQueue.isEmpty()) {
            timerQueue.poll().run();
        }
    }

    void runFx() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }

    @Test
    void aBurstOfHintsIsOneReload() {
        for (int rev = 1; rev <= 7; rev++) {
            live.changed(change(rev));
        }
        assertThat(timerQueue).hasSize(1);
        assertThat(delays).containsExactly(LiveUpdates.SETTLE);
        assertThat(reloads).as("nothing runs on the feed's thread").isZero();
        runTimer();
        assertThat(reloads).as("the reload itself runs on the FX executor").isZero();
        runFx();
        assertThat(reloads).isEqualTo(1);
        assertThat(afterChanges).isEqualTo(1);
    }

    @Test
    void hintsAfterTheSettledBurstMakeTheNextReload() {
        live.changed(change(1));
        runTimer();
        live.changed(change(2));
        live.changed(change(3));
        runTimer();
        runFx();
        assertThat(reloads).isEqualTo(2);
    }

    @Test
    void connectionStatesReachTheWindowOnTheFxExecutorAndAReconnectReloads() {
        live.status(FeedStatus.ONLINE);
        assertThat(shown).isEmpty();
        runFx();
        assertThat(shown).containsExactly(FeedStatus.ONLINE);
        assertThat(timerQueue).as("the first connection needs no reload: the window just read everything").isEmpty();
        live.status(FeedStatus.offline(FeedStatus.Reason.NOT_RESPONDING));
        live.status(FeedStatus.ONLINE);
        runTimer();
        runFx();
        assertThat(shown).containsExactly(FeedStatus.ONLINE, FeedStatus.offline(FeedStatus.Reason.NOT_RESPONDING),
                FeedStatus.ONLINE);
        assertThat(reloads).isEqualTo(1);
    }
}
