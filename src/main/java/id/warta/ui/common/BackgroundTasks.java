package id.warta.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the FX thread and hands the result back on it. The app uses the database
 * executor; tests use {@link SameThreadTasks} so view-model tests need no sleeps.
 */
public interface BackgroundTasks {
    <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
