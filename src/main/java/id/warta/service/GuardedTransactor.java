package id.warta.service;

import java.util.function.Supplier;

/**
 * Every service writes through its transactor, so refusing writes here makes a read-only session
 * read-only for every screen and every action, not only for the buttons that were disabled.
 */
public final class GuardedTransactor implements Transactor {
    private final Transactor inner;
    private final ReadOnlyMode mode;

    public GuardedTransactor(Transactor inner, ReadOnlyMode mode) {
        this.inner = inner;
        this.mode = mode;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        var why = mode.reason();
        if (why.isPresent()) {
            throw new ReadOnlyException(why.get());
        }
        return inner.write(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return inner.read(work);
    }
}
