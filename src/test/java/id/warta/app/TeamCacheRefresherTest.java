package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline copy is refreshed at once after sign-in, then at most once a minute however often asked. */
class TeamCacheRefresherTest {
    long now = 1_000_000_000L;
    final List<Duration> delays = new ArrayList<>();
    final List<Runnable> tasks = new ArrayList<>();
    int refreshes;

    TeamCacheRefresher refresher = new TeamCacheRefresher(() -> refreshes++, (task, delay) -> {
        delays.add(delay);
        tasks.add(task);
    }, Duration.ofMinutes(1), () -> now);

    void runDue() {
        List<Runnable> due = new ArrayList<>(tasks);
        tasks.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void firstRequestRunsAtOnceLaterOnesWaitForTheMinuteAndMerge() {
        refresher.request();
        assertThat(delays).containsExactly(Duration.ZERO);
        runDue();
        assertThat(refreshes).isEqualTo(1);

        now += Duration.ofSeconds(10).toNanos();
        refresher.request();
        refresher.request();
        refresher.request();
        assertThat(tasks).as("requests while one is due merge").hasSize(1);
        assertThat(delays.get(1)).isEqualTo(Duration.ofSeconds(50));
        now += Duration.ofSeconds(50).toNanos();
        runDue();
        assertThat(refreshes).isEqualTo(2);

        now += Duration.ofMinutes(5).toNanos();
        refresher.request();
        assertThat(delays.get(2)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aFailedRefreshDoesNotStopTheNextOne() {
        TeamCacheRefresher failing = new TeamCacheRefresher(() -> {
            refreshes++;
            throw new IllegalStateException("server gone");
        }, (task, delay) -> tasks.add(task), Duration.ofMinutes(1), () -> now);
        failing.request();
        runDue();
        now += Duration.ofMinutes(2).toNanos();
        failing.request();
        runDue();
        assertThat(refreshes).isEqualTo(2);
    }
}
