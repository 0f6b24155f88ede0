package id.warta.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL 14 for the whole test run (about a second to start), and a database
 * migrated once as a template: each test gets its own copy ({@code CREATE DATABASE ... TEMPLATE}),
 * which takes milliseconds instead of a Flyway run. Test code only.
 */
public final class EmbeddedPostgresSupport {
    public static final String SCHEMA = "warta";
    private static final String TEMPLATE = "warta_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is going away
                    }
                }));
                server = started;
                superuser("CREATE DATABASE " + TEMPLATE);
                PostgresDatabase.migrate(url(TEMPLATE), superuserProperties(), SCHEMA);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    public static Properties superuserProperties() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "postgres");
        return p;
    }

    /** A new database copied from the migrated template; returns its name. */
    public static synchronized String newDatabase() {
        server();
        String name = "warta_t" + COUNTER.incrementAndGet();
        superuser("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return name;
    }

    /** A new, empty database (no schema): for migration tests. */
    public static synchronized String newEmptyDatabase() {
        server();
        String name = "warta_e" + COUNTER.incrementAndGet();
        superuser("CREATE DATABASE " + name);
        return name;
    }

    public static final String OWNER = "warta_owner";
    public static final String OWNER_PASSWORD = "owner-pw";

    /** A new database owned by the team owner login, migrated by it as {@code warta team migrate} does. */
    public static synchronized String newOwnedDatabase() {
        server();
        superuser("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + OWNER + "') THEN CREATE ROLE "
                + OWNER + " LOGIN PASSWORD '" + OWNER_PASSWORD + "' CREATEROLE; END IF; END $$");
        String name = "warta_o" + COUNTER.incrementAndGet();
        superuser("CREATE DATABASE " + name + " OWNER " + OWNER);
        PostgresDatabase.migrate(url(name), ownerProperties(), SCHEMA);
        return name;
    }

    public static Properties ownerProperties() {
        Properties p = new Properties();
        p.setProperty("user", OWNER);
        p.setProperty("password", OWNER_PASSWORD);
        return p;
    }

    /** Opens a fresh migrated database as the superuser. */
    public static PostgresDatabase openFresh() {
        return PostgresDatabase.open(url(newDatabase()), superuserProperties(), SCHEMA);
    }

    public static void superuser(String sql) {
        superuserIn("postgres", sql);
    }

    public static void superuserIn(String database, String sql) {
        try (Connection c = DriverManager.getConnection(url(database), superuserProperties());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
