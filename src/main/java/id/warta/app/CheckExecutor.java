package id.warta.app;

import id.warta.ui.common.BackgroundTasks;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * One daemon thread for the editor's live ethics checks. Kept apart from the database thread so a
 * check never waits behind a save, and a save never waits behind a check.
 */
final class CheckExecutor implements BackgroundTasks {
    private final ExecutorService executor;

    CheckExecutor() {
        this("warta-check");
    }

    CheckExecutor(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}
