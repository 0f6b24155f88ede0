package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsSchemaFromEmptyWithTheAgreedSettings() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("warta.db"), "test")) {
            try (Statement st = db.connection().createStatement()) {
                assertThat(single(st, "PRAGMA journal_mode")).isEqualTo("wal");
                assertThat(single(st, "PRAGMA foreign_keys")).isEqualTo("1");
                assertThat(Integer.parseInt(single(st, "PRAGMA busy_timeout"))).isGreaterThan(0);
                assertThat(single(st, "PRAGMA synchronous")).isEqualTo("1"); // NORMAL
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                        + "AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name")) {
                    List<String> virtual = new ArrayList<>();
                    while (rs.next()) {
                        String name = rs.getString(1);
                        tables.add(name);
                        // FTS5 tables and the shadow tables FTS5 makes for them cannot be STRICT (DESIGN.md).
                        if (rs.getString(2).startsWith("CREATE VIRTUAL TABLE")) {
                            virtual.add(name);
                        } else if (virtual.stream().noneMatch(v -> name.startsWith(v + "_"))) {
                            assertThat(rs.getString(2)).as(name + " is STRICT").containsIgnoringCase("STRICT");
                        }
                    }
                }
                assertThat(tables).contains("setting", "client", "account", "campaign", "post", "post_target",
                        "post_variant", "post_media", "app_user", "user_role", "client_assignment");
                assertThat(SqliteDatabase.schemaVersion(db.connection())).isEqualTo(SchemaVersion.latest());
            }
        }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() {
        Path file = dir.resolve("warta.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, "test")) {
            TestDatabases.clientWithAccount(db);
        }
        try (SqliteDatabase db = SqliteDatabase.open(file, "test")) {
            assertThat(new JdbcClientRepository(db).count()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Ini catatan rapat, bukan basis data.\n".repeat(50), StandardCharsets.UTF_8);
        String before = sha256(file);
        assertRefused(file, Reason.NOT_A_DATABASE);
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("notes.db-wal")).doesNotExist();
    }

    @Test
    void aDamagedDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, "test")) {
            String[] ids = TestDatabases.clientWithAccount(db);
            for (int i = 0; i < 300; i++) {
                TestDatabases.addPost(db, ids[0], ids[1], "Pos " + i, java.time.Instant.parse("2026-11-01T01:00:00Z"));
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Scribble over pages in the middle of the file, as a failing disk would.
            byte[] garbage = new byte[4096 * 3];
            new java.util.Random(7).nextBytes(garbage);
            raf.seek(4096 * 3);
            raf.write(garbage);
        }
        String before = sha256(file);
        assertRefused(file, Reason.DAMAGED);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyFileIsRefused() throws Exception {
        Path file = dir.resolve("ro.db");
        SqliteDatabase.open(file, "test").close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Assumptions.assumeFalse(Files.isWritable(file), "running as a user who can write read-only files");
        String before = sha256(file);
        assertRefused(file, Reason.READ_ONLY);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aMissingFolderIsRefusedAndNotCreated() {
        Path file = dir.resolve("no/such/folder/warta.db");
        assertRefused(file, Reason.MISSING_FOLDER);
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.db"));
        assertRefused(folder, Reason.NOT_A_FILE);
    }

    @Test
    void aDatabaseFromANewerWartaIsRefusedWithTheVersionNeeded() throws Exception {
        Path file = dir.resolve("newer.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, "9.0.0"); Statement st = db.connection().createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '" + (SchemaVersion.latest() + 5)
                    + "', 'future', 'SQL', 'V99__future.sql', 0, 'test', 1, 1)");
        }
        String before = sha256(file);
        assertThatThrownBy(() -> SqliteDatabase.open(file, "test"))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
                    assertThat(e.arguments()).contains(String.valueOf(SchemaVersion.latest() + 5), "9.0.0");
                });
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void anEmptyFileBecomesANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (SqliteDatabase db = SqliteDatabase.open(file, "test")) {
            assertThat(SqliteDatabase.schemaVersion(db.connection())).isEqualTo(SchemaVersion.latest());
        }
    }

    private static void assertRefused(Path file, Reason reason) {
        assertThatThrownBy(() -> SqliteDatabase.open(file, "test"))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
