package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.Overlay;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background refresh: when it fetches, how it backs off after network failures, and that it tells the window. */
class OverlayRefresherTest {
    static final Instant T0 = OverlaySubscriptionTest.T0;

    @TempDir
    Path dir;
    MovableClock clock = new MovableClock(T0, ZoneId.of("Asia/Jakarta"));
    SqliteWorkspace ws;
    CalendarHttpServer http;
    OverlayRefresher refresher;
    List<Boolean> told = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        ws = SqliteWorkspace.open(dir.resolve("refresh.db"), new DataPaths(dir), "test", clock);
        http = CalendarHttpServer.start();
        http.serve(OverlaySubscriptionTest.V1, "\"v1\"");
        ws.overlays().installHolidays();
        ws.overlays().subscribe(http.feed().toString());
        refresher = new OverlayRefresher(ws.overlays(), clock, Runnable::run);
        refresher.setListener(told::add);
    }

    @AfterEach
    void close() {
        refresher.close();
        http.close();
        ws.close();
    }

    private void at(Duration sinceStart) {
        clock.set(T0.plus(sinceStart));
    }

    private Overlay subscription() {
        return ws.overlays().subscriptions().get(0);
    }

    @Test
    void fetchesOnlyWhenTheIntervalHasPassedAndTellsTheWindowWhatChanged() {
        assertThat(refresher.tick()).as("just subscribed").isZero();
        at(Duration.ofHours(5));
        assertThat(refresher.tick()).isZero();
        assertThat(told).isEmpty();

        at(Duration.ofHours(6));
        assertThat(refresher.tick()).as("the built-in holidays are never fetched").isEqualTo(1);
        assertThat(told).containsExactly(false);
        assertThat(http.conditions()).containsExactly("", "\"v1\"");

        http.serve(OverlaySubscriptionTest.V2, "\"v2\"");
        at(Duration.ofHours(12));
        assertThat(refresher.tick()).isEqualTo(1);
        assertThat(told).containsExactly(false, true);
        assertThat(subscription().subscription().etag()).isEqualTo("\"v2\"");
    }

    @Test
    void networkFailuresAreRetriedAfterOneFiveAndFifteenMinutesThenAtTheInterval() {
        http.failWith(503);
        Duration t = Duration.ofHours(6);
        at(t);
        assertThat(refresher.tick()).isEqualTo(1);
        assertThat(refresher.retryAt(subscription().id())).isEqualTo(T0.plus(t).plus(Duration.ofMinutes(1)));
        at(t.plusSeconds(30));
        assertThat(refresher.tick()).as("waits for the back-off").isZero();

        t = t.plusMinutes(1);
        at(t);
        assertThat(refresher.tick()).isEqualTo(1);
        assertThat(refresher.retryAt(subscription().id())).isEqualTo(T0.plus(t).plus(Duration.ofMinutes(5)));
        t = t.plusMinutes(5);
        at(t);
        assertThat(refresher.tick()).isEqualTo(1);
        assertThat(refresher.retryAt(subscription().id())).isEqualTo(T0.plus(t).plus(Duration.ofMinutes(15)));
        t = t.plusMinutes(15);
        at(t);
        assertThat(refresher.tick()).isEqualTo(1);
        assertThat(refresher.retryAt(subscription().id())).as("back to the normal interval").isNull();
        at(t.plusHours(1));
        assertThat(refresher.tick()).isZero();
        assertThat(subscription().subscription().errorKey()).isEqualTo("overlay.fetch.server");
        assertThat(subscription().eventCount()).isEqualTo(3);

        http.serve(OverlaySubscriptionTest.V2, "\"v2\"");
        at(t.plusHours(6));
        assertThat(refresher.tick()).isEqualTo(1);
        assertThat(subscription().subscription().failing()).isFalse();
        assertThat(http.conditions()).hasSize(6);
    }

    @Test
    void aMissingCalendarIsNotRetriedBeforeTheInterval() {
        http.failWith(404);
        at(Duration.ofHours(6));
        assertThat(refresher.tick()).isEqualTo(1);
        assertThat(refresher.retryAt(subscription().id())).isNull();
        at(Duration.ofHours(6).plusMinutes(20));
        assertThat(refresher.tick()).isZero();
        assertThat(told).containsExactly(false);
    }

    @Test
    void fetchesRunOffTheCallersThreadAndReportBack() throws Exception {
        CompletableFuture<String> thread = new CompletableFuture<>();
        refresher.submit(() -> Thread.currentThread().getName(), thread::complete, thread::completeExceptionally);
        assertThat(thread.get(10, TimeUnit.SECONDS)).isEqualTo("warta-overlay-refresh");
    }
}
