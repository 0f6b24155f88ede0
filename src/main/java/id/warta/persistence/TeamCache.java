package id.warta.persistence;

import id.warta.service.StorageException;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline copy of a team database (docs/team-mode.md, "Offline"): a single-user SQLite file
 * holding what one login may see, read through that login so the server's rights apply, in the
 * data folder as {@code team-cache/<hash of server, schema and login>.db}. A refresh writes a new
 * {@code .part} file from one REPEATABLE READ snapshot and renames it over the old copy only when
 * complete, so a failed refresh leaves the previous copy as it was. When the server cannot be
 * reached the window opens the copy read-only and says when it was last synced.
 */
public final class TeamCache {
    private static final Logger LOG = LoggerFactory.getLogger(TeamCache.class);
    static final String SYNCED_AT_KEY = "warta.teamCache.syncedAt";
    static final String REVISION_KEY = "warta.teamCache.revision";

    /** What a refresh wrote. */
    public record Refreshed(Path file, Instant syncedAt, long revision, long clients, long posts) {
    }

    /** The copy opened read-only, and when it was synced. Close it to release the file. */
    public record Snapshot(SqliteDatabase database, Instant syncedAt, long revision) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    private final String url;
    private final Properties login;
    private final String schema;
    private final Path file;

    public TeamCache(String url, Properties login, String schema, Path file) {
        this.url = url;
        this.login = new Properties();
        this.login.putAll(login);
        this.login.setProperty("currentSchema", schema);
        this.login.setProperty("ApplicationName", "Warta offline copy");
        this.schema = schema;
        this.file = file.toAbsolutePath().normalize();
    }

    /** The copy for a signed-in login, in {@code dataFolder/team-cache/}. */
    public static TeamCache forTeam(TeamProfile profile, TeamLogin login, Path dataFolder) {
        return new TeamCache(TeamConnections.url(profile), TeamConnections.properties(profile, login), profile.schema(),
                fileFor(dataFolder, profile, login.user()));
    }

    /**
     * One file per server, schema and login: two people sharing a computer never see each other's
     * copy, and no name or address shows in the file name.
     */
    public static Path fileFor(Path dataFolder, TeamProfile profile, String user) {
        String key = profile.host().toLowerCase(Locale.ROOT) + ":" + profile.port() + "/" + profile.database() + "/"
                + profile.schema() + "/" + user.toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dataFolder.resolve("team-cache").resolve(HexFormat.of().formatHex(digest, 0, 8) + ".db");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public Path file() {
        return file;
    }

    /** Writes a fresh copy; on any failure the previous copy stays untouched and the error is thrown. */
    public synchronized Refreshed refresh() {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        String where = url + " (" + schema + ")";
        try {
            Files.createDirectories(file.getParent());
            deleteLeftovers(part);
            Refreshed result;
            try (Connection source = DriverManager.getConnection(url, login)) {
                source.setAutoCommit(false);
                source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                source.setReadOnly(true);
                int version = PostgresDatabase.schemaVersion(source);
                if (version != SchemaVersion.latest()) {
                    throw new StorageException(version > SchemaVersion.latest() ? StorageException.Reason.NEWER_SCHEMA
                            : StorageException.Reason.OLDER_SCHEMA, "Team schema " + version + ", this build needs "
                            + SchemaVersion.latest(), where, String.valueOf(version), String.valueOf(SchemaVersion.latest()));
                }
                Instant syncedAt;
                long revision;
                try (Statement st = source.createStatement();
                     ResultSet rs = st.executeQuery("SELECT now(), (SELECT rev FROM sync_state WHERE id = 1)")) {
                    rs.next();
                    syncedAt = PostgresDialect.INSTANCE.getInstant(rs, 1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
                    revision = rs.getLong(2);
                }
                try (SqliteDatabase copy = SqliteDatabase.open(part, "team-cache")) {
                    Connection target = copy.connection();
                    try (Statement st = target.createStatement()) {
                        st.execute("BEGIN IMMEDIATE");
                    }
                    try {
                        TeamTransfers.copyVisible(source, schema, target);
                        putSetting(target, SYNCED_AT_KEY, SqlTimes.format(syncedAt));
                        putSetting(target, REVISION_KEY, Long.toString(revision));
                        try (Statement st = target.createStatement()) {
                            st.execute("INSERT INTO post_search(post_search) VALUES ('rebuild')");
                            st.execute("COMMIT");
                            // One self-contained file: a read-only open then needs no -wal or -shm beside it.
                            st.execute("PRAGMA journal_mode=DELETE");
                        }
                    } catch (SQLException | RuntimeException e) {
                        try (Statement st = target.createStatement()) {
                            st.execute("ROLLBACK");
                        }
                        throw e;
                    }
                    source.commit();
                    result = new Refreshed(file, syncedAt, revision, count(target, "client"), count(target, "post"));
                }
            } catch (SQLException e) {
                throw PostgresErrors.translate(e, "refresh offline copy", where);
            }
            moveIntoPlace(part, file);
            LOG.info("Offline copy refreshed: {} clients, {} posts, revision {}", result.clients(), result.posts(),
                    result.revision());
            return result;
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.IO, "Offline copy failed: " + e.getMessage(), e,
                    file.toString());
        } finally {
            try {
                deleteLeftovers(part);
            } catch (IOException e) {
                LOG.warn("Could not remove {}", part, e);
            }
        }
    }

    /** The copy, opened read-only; empty when there is none yet or it is from another Warta version. */
    public static Optional<Snapshot> openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SqliteDatabase db;
        try {
            db = SqliteDatabase.openReadOnly(file);
        } catch (StorageException e) {
            LOG.warn("Offline copy {} not usable: {}", file, e.getMessage());
            return Optional.empty();
        }
        try {
            Connection c = db.connection();
            Instant syncedAt = setting(c, SYNCED_AT_KEY).map(v -> Instant.parse(v)).orElse(null);
            long revision = setting(c, REVISION_KEY).map(Long::parseLong).orElse(-1L);
            if (syncedAt == null) {
                db.close();
                return Optional.empty();
            }
            return Optional.of(new Snapshot(db, syncedAt, revision));
        } catch (SQLException | RuntimeException e) {
            db.close();
            LOG.warn("Offline copy {} not usable", file, e);
            return Optional.empty();
        }
    }

    private static Optional<String> setting(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void putSetting(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteLeftovers(Path part) throws IOException {
        Files.deleteIfExists(part);
        Files.deleteIfExists(part.resolveSibling(part.getFileName() + "-wal"));
        Files.deleteIfExists(part.resolveSibling(part.getFileName() + "-shm"));
    }
}
