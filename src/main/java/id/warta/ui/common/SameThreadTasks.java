package id.warta.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs work inline on the caller's thread; for tests and for work already off the FX thread. */
public final class SameThreadTasks implements BackgroundTasks {
    @Override
    public <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
