package id.warta.bench;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.persistence.SqliteDatabase;
import id.warta.ui.calendar.CalendarMode;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Timed probe: the real main window on 50,000 posts (BenchData), switching month with "next" and
 * timing from the click to the first frame after the new month's entries were laid out. Run it in
 * a display (Xvfb is fine): see docs/performance.md. Prints one line per mode with median, p90, max.
 */
public final class CalendarSwitchProbe {
    private static final int WARM_UP = 6;
    private static final int SWITCHES = 24;
    /** Of the last switch: from the click until the data was on the FX thread (query and hand-over). */
    private static double lastData;

    private CalendarSwitchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("warta-probe");
        Path file = folder.resolve("bench.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, "bench")) {
            BenchData.fill(db, 50_000);
        }
        Clock clock = Clock.fixed(Instant.parse("2026-06-15T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        SqliteWorkspace ws = SqliteWorkspace.open(file, new DataPaths(folder), "bench", clock);
        System.out.println("posts in the database: " + ws.planning().counts().posts());
        ProbeTasks tasks = new ProbeTasks();
        Platform.startup(() -> { });
        MainWindow[] window = new MainWindow[1];
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            window[0] = new MainWindow(ws, tasks, LocalPreferences.load(folder.resolve("settings.properties")), clock,
                    "bench");
            stage.setScene(window[0].attach(stage));
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            shown.complete(null);
        });
        shown.get(60, TimeUnit.SECONDS);
        CalendarViewModel calendar = window[0].calendar();
        waitUntil(() -> calendar.loadedOnceProperty().get());
        List<CalendarMode> modes = args.length == 0 ? List.of(CalendarMode.MONTH, CalendarMode.WEEK, CalendarMode.AGENDA)
                : java.util.Arrays.stream(args).map(a -> CalendarMode.fromCode(a).orElseThrow()).toList();
        for (CalendarMode mode : modes) {
            // Every mode pages through the same stretch of the five years of data.
            onFx(() -> {
                calendar.show(mode);
                calendar.goTo(java.time.LocalDate.of(2025, 1, 15));
            });
            frameAfterLoad(calendar, () -> { });
            List<Double> times = new ArrayList<>();
            List<Double> data = new ArrayList<>();
            int entries = 0;
            for (int i = 0; i < WARM_UP + SWITCHES; i++) {
                double ms = frameAfterLoad(calendar, calendar::next);
                if (i >= WARM_UP) {
                    times.add(ms);
                    data.add(lastData);
                    entries += calendar.entries().size();
                }
            }
            Collections.sort(times);
            Collections.sort(data);
            System.out.printf("%s: switch to the next period with 50,000 posts, click to drawn frame: median %.1f ms,"
                            + " p90 %.1f ms, max %.1f ms (%d switches, %d entries per period on average)%n",
                    mode.code(), times.get(times.size() / 2), times.get((int) (times.size() * 0.9)),
                    times.get(times.size() - 1), times.size(), entries / times.size());
            System.out.printf("%s: of which click to data on the FX thread: median %.1f ms%n", mode.code(),
                    data.get(data.size() / 2));
        }
        Platform.runLater(Platform::exit);
        tasks.executor.shutdown();
        ws.close();
        Cleanup.delete(folder);
        System.exit(0);
    }

    /** Runs the step on the FX thread, waits for its data, then for the next frame after layout. */
    private static double frameAfterLoad(CalendarViewModel calendar, Runnable step) throws Exception {
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        long[] start = new long[2];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            step.run();
            calendar.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        calendar.loadingProperty().removeListener(this);
                        start[1] = System.nanoTime();
                        // The frame after this one has been rendered once the next pulse starts.
                        new AnimationTimer() {
                            int frames;

                            @Override
                            public void handle(long t) {
                                if (++frames == 2) {
                                    stop();
                                    drawn.complete(System.nanoTime());
                                }
                            }
                        }.start();
                    }
                }
            });
            if (!calendar.loadingProperty().get()) {
                drawn.complete(System.nanoTime());
            }
        });
        long end = drawn.get(30, TimeUnit.SECONDS);
        lastData = start[1] == 0 ? 0 : (start[1] - start[0]) / 1e6;
        return (end - start[0]) / 1e6;
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            work.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.get() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** The app's database executor in miniature: one thread, results back on the FX thread. */
    private static final class ProbeTasks implements BackgroundTasks {
        final ExecutorService executor = Executors.newSingleThreadExecutor();

        @Override
        public <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            executor.execute(() -> {
                try {
                    T result = work.get();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        }
    }
}
