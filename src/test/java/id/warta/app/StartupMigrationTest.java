package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.persistence.SchemaVersion;
import id.warta.service.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start on a database that needs a schema upgrade (issue 8, bad input): the file is backed up first, the
 * window is told before anything changes, and a failed upgrade leaves the file at the version it had.
 */
class StartupMigrationTest {
    private static final int OLD = 5;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    private Path file;
    private DataPaths paths;

    @BeforeEach
    void oldDatabase() throws Exception {
        paths = new DataPaths(dir.resolve("home"));
        paths.ensureExists();
        file = dir.resolve("old.db");
        Flyway.configure(getClass().getClassLoader())
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
                .placeholders(Map.of("strict", "STRICT", "instant", "TEXT", "bool", "INTEGER"))
                .target(String.valueOf(OLD))
                .load()
                .migrate();
        sql(file, "INSERT INTO client(id, name, short_name, version) VALUES ('c1', 'Dinas Kominfo', 'KOMINFO', 1)");
        assertThat(version(file)).isEqualTo(OLD);
    }

    @Test
    void theBackupIsMadeAfterTheWindowIsToldAndBeforeTheSchemaChanges() throws Exception {
        List<String> told = new ArrayList<>();
        Path backups = dir.resolve("old.backups");
        SqliteWorkspace ws = SqliteWorkspace.open(file, paths, "test", CLOCK, new LazyChecker(),
                SqliteWorkspace.productionHasher(), (existing, from, to) -> {
                    told.add(existing + " " + from + " " + to);
                    // Told first: nothing is written yet, not even the backup.
                    assertThat(versionUnchecked(file)).isEqualTo(OLD);
                    assertThat(Files.exists(backups)).isFalse();
                });
        try {
            assertThat(told).containsExactly("true " + OLD + " " + SchemaVersion.latest());
            assertThat(version(file)).isEqualTo(SchemaVersion.latest());
            List<Path> copies = backupsIn(backups);
            assertThat(copies).hasSize(1);
            assertThat(version(copies.get(0))).isEqualTo(OLD);
            assertThat(count(copies.get(0), "client")).isEqualTo(1);
        } finally {
            ws.close();
        }
    }

    @Test
    void anUpToDateDatabaseIsNeitherBackedUpNorAnnounced() throws Exception {
        SqliteWorkspace.open(file, paths, "test", CLOCK).close();
        Path backups = dir.resolve("old.backups");
        int before = backupsIn(backups).size();
        List<String> told = new ArrayList<>();
        SqliteWorkspace.open(file, paths, "test", CLOCK, new LazyChecker(), SqliteWorkspace.productionHasher(),
                (existing, from, to) -> told.add("told")).close();
        assertThat(told).isEmpty();
        assertThat(backupsIn(backups)).hasSize(before);
    }

    @Test
    void aFailedUpgradeLeavesTheFileAtItsOldVersionAndItOpensOnceTheCauseIsGone() throws Exception {
        // A table in the way of the last migration: every migration before it succeeds, then this one fails.
        sql(file, "CREATE TABLE caldav_resource (x TEXT)");

        assertThatThrownBy(() -> SqliteWorkspace.open(file, paths, "test", CLOCK)).isInstanceOf(StorageException.class);

        assertThat(version(file)).as("no migration of the failed upgrade is kept").isEqualTo(OLD);
        assertThat(tableExists(file, "overlay")).as("the earlier migration (V6) was rolled back too").isFalse();
        assertThat(count(file, "client")).isEqualTo(1);
        assertThat(quickCheck(file)).isEqualTo("ok");
        assertThat(backupsIn(dir.resolve("old.backups"))).hasSize(1);

        sql(file, "DROP TABLE caldav_resource");
        SqliteWorkspace ws = SqliteWorkspace.open(file, paths, "test", CLOCK);
        try {
            assertThat(version(file)).isEqualTo(SchemaVersion.latest());
            assertThat(ws.planning().clients()).hasSize(1);
        } finally {
            ws.close();
        }
    }

    private static List<Path> backupsIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".db")).toList();
        }
    }

    private static void sql(Path db, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static int version(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history"
                     + " WHERE success")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int versionUnchecked(Path db) {
        try {
            return version(db);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static long count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static boolean tableExists(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var st = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static String quickCheck(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
