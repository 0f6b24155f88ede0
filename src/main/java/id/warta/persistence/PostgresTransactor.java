package id.warta.persistence;

import id.warta.service.Transactor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions on the team database's connection, under READ COMMITTED (the server's audit
 * trigger must see the latest chain head; docs/team-mode.md). A call inside another joins it.
 */
public final class PostgresTransactor implements Transactor {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresTransactor.class);

    private final PostgresDatabase database;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;

    public PostgresTransactor(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return inTransaction(work);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return inTransaction(work);
    }

    private <T> T inTransaction(Supplier<T> work) {
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
            Connection c = database.connection();
            try {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException e) {
                throw database.dialect().translate(e, "begin", database.location());
            }
            depth = 1;
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(c);
                throw database.dialect().translate(e, "commit", database.location());
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                depth = 0;
                try {
                    c.setAutoCommit(true);
                } catch (SQLException e) {
                    LOG.debug("Back to autocommit: {}", e.getMessage());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback after failure: {}", e.getMessage());
        }
    }
}
