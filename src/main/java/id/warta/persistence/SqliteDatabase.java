package id.warta.persistence;

import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one open SQLite database of this process. Opening checks the file before anything writes to
 * it (wrong file, damage, newer schema), then brings the schema up to date with Flyway.
 */
public final class SqliteDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    static final String APP_VERSION_KEY = "app.version";

    private final Path file;
    private final String appVersion;
    private final Duration busyTimeout;
    private final boolean readOnly;
    private Connection connection;

    private SqliteDatabase(Path file, String appVersion, Duration busyTimeout) {
        this(file, appVersion, busyTimeout, false);
    }

    private SqliteDatabase(Path file, String appVersion, Duration busyTimeout, boolean readOnly) {
        this.file = file.toAbsolutePath().normalize();
        this.appVersion = appVersion;
        this.busyTimeout = busyTimeout;
        this.readOnly = readOnly;
    }

    /**
     * Opens an existing file that must never change (the team's offline copy): a read-only
     * connection, no migration, no app-version stamp; refused unless it is at this build's schema
     * version. Its transactor runs "write" work as reads, so work that only reads (an export) goes
     * through and a real write fails (SQLITE_READONLY) without touching the file.
     */
    public static SqliteDatabase openReadOnly(Path file) {
        SqliteDatabase db = new SqliteDatabase(file, "", Duration.ofSeconds(5), true);
        if (!SqliteFiles.checkUsable(db.file)) {
            throw new StorageException(Reason.NOT_A_FILE, "No such file: " + db.file, db.file.toString());
        }
        int version = db.inspectReadOnly();
        if (version > SchemaVersion.latest()) {
            throw db.newerSchema(version);
        }
        if (version < SchemaVersion.latest()) {
            throw new StorageException(Reason.OLDER_SCHEMA, "Schema version " + version + "; this build needs "
                    + SchemaVersion.latest(), db.file.toString(), String.valueOf(version),
                    String.valueOf(SchemaVersion.latest()));
        }
        synchronized (db) {
            db.connection = db.openConnection(true);
        }
        return db;
    }

    /** Opened with {@link #openReadOnly}. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Opens (creating when missing) and migrates; see {@link StorageException.Reason} for refusals. */
    public static SqliteDatabase open(Path file, String appVersion) {
        return open(file, appVersion, Duration.ofSeconds(5), MigrationListener.NONE);
    }

    public static SqliteDatabase open(Path file, String appVersion, Duration busyTimeout, MigrationListener listener) {
        SqliteDatabase db = new SqliteDatabase(file, appVersion, busyTimeout);
        db.connect(listener);
        return db;
    }

    public Path file() {
        return file;
    }

    @Override
    public Dialect dialect() {
        return SqliteDialect.INSTANCE;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public SqliteTransactor newTransactor() {
        return new SqliteTransactor(this);
    }

    /** The live connection; repositories ask each time, because a restore replaces it. */
    @Override
    public synchronized Connection connection() {
        if (connection == null) {
            throw new StorageException(Reason.IO, "Database is closed");
        }
        return connection;
    }

    private synchronized void connect(MigrationListener listener) {
        boolean existing = SqliteFiles.checkUsable(file);
        int current = 0;
        if (existing) {
            current = inspectReadOnly();
        }
        if (current > SchemaVersion.latest()) {
            throw newerSchema(current);
        }
        if (current < SchemaVersion.latest()) {
            listener.beforeMigration(existing, current, SchemaVersion.latest());
            migrate();
        }
        connection = openConnection(false);
        recordAppVersion();
    }

    /** Integrity and schema version, read without writing a byte. */
    private int inspectReadOnly() {
        try (Connection ro = openConnection(true); Statement st = ro.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no result";
                if (!"ok".equalsIgnoreCase(result)) {
                    throw new StorageException(Reason.DAMAGED, "quick_check: " + result, file.toString());
                }
            }
            return schemaVersion(ro);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "open " + file, file.toString());
        }
    }

    static int schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private StorageException newerSchema(int version) {
        String writtenBy = readSetting(APP_VERSION_KEY).orElse("?");
        return new StorageException(Reason.NEWER_SCHEMA,
                "Schema version " + version + " written by Warta " + writtenBy + "; this build knows " + SchemaVersion.latest(),
                file.toString(), String.valueOf(version), writtenBy);
    }

    private Optional<String> readSetting(String key) {
        try (Connection ro = openConnection(true);
             var st = ro.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private void migrate() {
        SQLiteDataSource ds = new SQLiteDataSource(config(false));
        ds.setUrl(url());
        try {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(ds)
                    .locations(dialect().migrationLocations().toArray(String[]::new))
                    .placeholders(dialect().placeholders())
                    .validateOnMigrate(true)
                    // All pending migrations in one transaction: SQLite's DDL is transactional, so an upgrade that
                    // fails at any step (or is killed) leaves the file at the version it had, never in between.
                    .group(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            LOG.error("Migration of {} failed", file, e);
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw SqliteErrors.translate(sql, "migrate " + file, file.toString());
            }
            throw new StorageException(Reason.IO, "Migration failed: " + e.getMessage(), e, file.toString());
        }
    }

    private void recordAppVersion() {
        try (var st = connection.prepareStatement(
                "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                        + "WHERE setting.value <> excluded.value")) {
            st.setString(1, APP_VERSION_KEY);
            st.setString(2, appVersion);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "open " + file, file.toString());
        }
    }

    private Connection openConnection(boolean readOnly) {
        try {
            return config(readOnly).createConnection(url());
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "open " + file, file.toString());
        }
    }

    private SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        return config;
    }

    private String url() {
        return "jdbc:sqlite:" + file;
    }

    /** Closes the connection so the file can be replaced; {@link #reopen()} connects again. */
    synchronized void disconnect() {
        if (connection != null) {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA optimize");
            } catch (SQLException e) {
                LOG.warn("PRAGMA optimize failed on {}", file, e);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing {} failed", file, e);
            }
            connection = null;
        }
    }

    synchronized void reopen() {
        if (readOnly) {
            connection = openConnection(true);
            return;
        }
        connect(MigrationListener.NONE);
    }

    @Override
    public synchronized void close() {
        disconnect();
    }
}
