package id.warta.persistence;

import id.warta.service.StorageException;
import id.warta.service.Transactor;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions on the single connection. Writes start with {@code BEGIN IMMEDIATE}: a deferred
 * transaction that later needs the write lock deadlocks into SQLITE_BUSY under concurrent writers,
 * whereas an immediate one waits its turn (busy_timeout) before doing anything.
 */
public final class SqliteTransactor implements Transactor {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteTransactor.class);

    private final SqliteDatabase database;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;

    public SqliteTransactor(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return inTransaction(database.isReadOnly() ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE", work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return inTransaction("BEGIN DEFERRED", work);
    }

    private <T> T inTransaction(String begin, Supplier<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.get();
                } finally {
                    depth--;
                }
            }
            execute(begin);
            depth = 1;
            try {
                T result = work.get();
                execute("COMMIT");
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            } finally {
                depth = 0;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs work with no transaction open, holding the lock so nothing else uses the connection. */
    <T> T exclusive(Supplier<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                throw new IllegalStateException("exclusive work inside a transaction");
            }
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) {
        try (Statement st = database.connection().createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, sql, database.file().toString());
        } catch (StorageException e) {
            throw e;
        }
    }

    private void rollbackQuietly() {
        try (Statement st = database.connection().createStatement()) {
            if (!database.connection().getAutoCommit()) {
                return;
            }
            st.execute("ROLLBACK");
        } catch (SQLException | RuntimeException e) {
            // SQLite may already have rolled back on its own (for example after SQLITE_FULL).
            LOG.debug("Rollback after failure: {}", e.getMessage());
        }
    }
}
