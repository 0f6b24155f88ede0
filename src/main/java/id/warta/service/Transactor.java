package id.warta.service;

import java.util.function.Supplier;

/**
 * Runs work in a database transaction. Writes take the write lock at the start (so two writers
 * queue instead of failing halfway); a call inside another joins the outer transaction.
 */
public interface Transactor {
    <T> T write(Supplier<T> work);

    default void writeRun(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    <T> T read(Supplier<T> work);
}
