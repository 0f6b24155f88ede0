package id.warta.persistence;

import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team database on PostgreSQL 14+ (docs/team-mode.md). One connection per desktop, like the
 * SQLite side; the server enforces rights per login. Opening never migrates: only
 * {@link #migrate} (the admin's {@code warta team migrate}, with the owner's login) changes the
 * schema, and a desktop that finds another version refuses to work on it.
 */
public final class PostgresDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

    private final String url;
    private final Properties properties;
    private final String schema;
    private final String location;
    private final java.util.function.Function<SQLException, RuntimeException> connectErrors;
    private Connection connection;

    private PostgresDatabase(String url, Properties properties, String schema,
                             java.util.function.Function<SQLException, RuntimeException> connectErrors) {
        this.connectErrors = connectErrors;
        this.url = url;
        this.properties = withSchema(properties, schema);
        this.schema = schema;
        this.location = describe(url, schema);
    }

    private PostgresDatabase(String url, Properties properties, String schema) {
        this(url, properties, schema, null);
    }

    /**
     * Connects and checks the schema version. {@code properties} carry the login and the TLS
     * settings (see {@code TeamProfile}); they are not logged.
     */
    public static PostgresDatabase open(String url, Properties properties, String schema) {
        PostgresDatabase db = new PostgresDatabase(url, properties, schema);
        db.connect();
        return db;
    }

    /** As {@link #open(String, Properties, String)}; a refused connection is translated by {@code connectErrors}. */
    static PostgresDatabase open(String url, Properties properties, String schema,
                                 java.util.function.Function<SQLException, RuntimeException> connectErrors) {
        PostgresDatabase db = new PostgresDatabase(url, properties, schema, connectErrors);
        db.connect();
        return db;
    }

    /** Brings the schema up to date; returns the number of migrations applied. */
    public static int migrate(String url, Properties properties, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        try {
            for (String name : properties.stringPropertyNames()) {
                ds.setProperty(name, properties.getProperty(name));
            }
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, "configure", describe(url, schema));
        }
        Dialect dialect = PostgresDialect.INSTANCE;
        try {
            return Flyway.configure(PostgresDatabase.class.getClassLoader())
                    .dataSource(ds)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .createSchemas(true)
                    .locations(dialect.migrationLocations().toArray(String[]::new))
                    .placeholders(dialect.placeholders())
                    .validateOnMigrate(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (RuntimeException e) {
            LOG.error("Migration of {} failed", describe(url, schema), e);
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql) {
                    throw PostgresErrors.translate(sql, "migrate", describe(url, schema));
                }
            }
            throw new StorageException(Reason.IO, "Migration failed: " + e.getMessage(), e, describe(url, schema));
        }
    }

    private static Properties withSchema(Properties given, String schema) {
        Properties p = new Properties();
        p.putAll(given);
        p.setProperty("currentSchema", schema);
        p.putIfAbsent("ApplicationName", "Warta");
        return p;
    }

    private static String describe(String url, String schema) {
        int query = url.indexOf('?');
        return (query < 0 ? url : url.substring(0, query)) + " (" + schema + ")";
    }

    private synchronized void connect() {
        Connection c;
        try {
            c = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw connectErrors != null ? connectErrors.apply(e) : PostgresErrors.translate(e, "connect", location);
        }
        try {
            int version = schemaVersion(c);
            if (version > SchemaVersion.latest()) {
                String writtenBy = setting(c, SqliteDatabase.APP_VERSION_KEY).orElse("?");
                throw new StorageException(Reason.NEWER_SCHEMA, "Schema version " + version + " written by Warta "
                        + writtenBy + "; this build knows " + SchemaVersion.latest(), location, String.valueOf(version),
                        writtenBy);
            }
            if (version < SchemaVersion.latest()) {
                throw new StorageException(Reason.OLDER_SCHEMA, "Schema version " + version + "; this build needs "
                        + SchemaVersion.latest() + ": run warta team migrate", location, String.valueOf(version),
                        String.valueOf(SchemaVersion.latest()));
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw PostgresErrors.translate(e, "open", location);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        connection = c;
    }

    /** The highest applied migration, 0 for an empty schema. */
    static int schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history "
                    + "WHERE success AND version IS NOT NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static Optional<String> setting(Connection c, String key) {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("Closing after a failed open: {}", e.getMessage());
        }
    }

    public String schema() {
        return schema;
    }

    @Override
    public synchronized Connection connection() {
        if (connection == null) {
            throw new StorageException(Reason.IO, "Database is closed", location);
        }
        return connection;
    }

    @Override
    public Dialect dialect() {
        return PostgresDialect.INSTANCE;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public PostgresTransactor newTransactor() {
        return new PostgresTransactor(this);
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }
}
