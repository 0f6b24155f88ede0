package id.warta.persistence;

import id.warta.service.Transactor;
import java.sql.Connection;

/**
 * An open database as repositories see it: a connection and the dialect that says how to bind
 * times and translate errors. {@link SqliteDatabase} (single user) and {@link PostgresDatabase}
 * (team mode) implement it; the repositories are the same for both.
 */
public interface Database extends AutoCloseable {

    /** The live connection; repositories ask each time, because a restore replaces it. */
    Connection connection();

    Dialect dialect();

    /** Where the data lives, for messages: a file path or a server address (never credentials). */
    String location();

    /** A transactor on this database's connection. */
    Transactor newTransactor();

    @Override
    void close();
}
