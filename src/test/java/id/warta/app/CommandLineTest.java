package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.persistence.SqliteDatabase;
import id.warta.service.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of DESIGN.md, run in-process through the composition root. */
class CommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @org.junit.jupiter.api.BeforeEach
    void existingDataFolder() throws Exception {
        Files.createDirectories(dir.resolve("home/logs"));
    }

    private int run(String... args) {
        return runIn(dir.resolve("home"), args);
    }

    private int runIn(Path home, String... args) {
        out.reset();
        err.reset();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        Warta warta = new Warta(new DataPaths(home), clock, out, err, new Messages(Messages.INDONESIAN));
        return warta.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("Warta ");
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("demo", "backup", "restore", "--db");
    }

    @Test
    void demoFillsANewDatabase() throws Exception {
        Path db = dir.resolve("demo.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
        assertThat(out()).contains("Data demo dimuat");
        try (SqliteDatabase opened = SqliteDatabase.open(db, "test");
             var st = opened.connection().createStatement();
             var rs = st.executeQuery("SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM account), "
                     + "(SELECT count(*) FROM post), (SELECT count(DISTINCT state) FROM post), "
                     + "(SELECT count(DISTINCT channel) FROM account), (SELECT count(DISTINCT zone) FROM account), "
                     + "(SELECT value FROM setting WHERE key = 'demo')")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(6);
            assertThat(rs.getInt(3)).isGreaterThanOrEqualTo(150);
            assertThat(rs.getInt(4)).isEqualTo(9);
            assertThat(rs.getInt(5)).isGreaterThanOrEqualTo(4);
            assertThat(rs.getInt(6)).isEqualTo(3);
            assertThat(rs.getString(7)).isEqualTo("true");
        }
    }

    @Test
    void demoOnADatabaseWithPostsExitsTwoAndChangesNothing() throws Exception {
        Path db = dir.resolve("demo.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
        String before = sha256(db);
        assertThat(run("demo", "--db", db.toString())).isEqualTo(2);
        assertThat(err()).contains("sudah berisi").doesNotContain("Exception");
        assertThat(err().lines().count()).isEqualTo(1);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void demoOnADatabaseWithUsersExitsTwoBecauseTheDemoPasswordIsPublic() throws Exception {
        Path db = dir.resolve("kantor.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(db, new DataPaths(dir.resolve("home")),
                id.warta.cli.WartaVersion.current(),
                Clock.systemUTC(), new id.warta.service.PasswordHasher(1_000, new java.security.SecureRandom()))) {
            ws.auth().createFirstAdmin("admin", "Admin Humas", "kata-sandi-rahasia".toCharArray());
        }
        String before = sha256(db);
        assertThat(run("demo", "--db", db.toString())).isEqualTo(2);
        assertThat(err()).contains("sudah punya 1 pengguna").doesNotContain("Exception");
        assertThat(err().strip().lines().count()).isEqualTo(1);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotADatabaseGetsOneLineAndIsNotTouched() throws Exception {
        Path notes = Files.writeString(dir.resolve("catatan.db"), "rapat humas\n".repeat(100));
        String before = sha256(notes);
        assertThat(run("demo", "--db", notes.toString())).isEqualTo(2);
        assertThat(err().strip()).contains("bukan basis data Warta").doesNotContain("at id.warta");
        assertThat(err().strip().lines().count()).isEqualTo(1);
        assertThat(sha256(notes)).isEqualTo(before);
        assertThat(run("--db", notes.toString(), "--startup-probe")).isEqualTo(2);
        assertThat(err().strip()).contains("bukan basis data Warta");
    }

    @Test
    void aMissingFolderIsRefusedWithAMessage() {
        Path db = dir.resolve("tidak/ada/warta.db");
        assertThat(run("demo", "--db", db.toString())).isEqualTo(2);
        assertThat(err()).contains("tidak ada");
        assertThat(dir.resolve("tidak")).doesNotExist();
    }

    @Test
    void badUsageIsOneLineAndExitTwo() {
        assertThat(run("demo")).isEqualTo(2);
        assertThat(err().strip().lines().count()).isEqualTo(1);
        assertThat(run("--no-such-flag")).isEqualTo(2);
    }

    @Test
    void backupAndRestoreRoundTripFromTheCommandLine() throws Exception {
        Path db = dir.resolve("kantor.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
        assertThat(run("backup", "--db", db.toString())).isZero();
        assertThat(out()).contains("Cadangan dibuat");
        Path backups = dir.resolve("kantor.backups");
        Path copy;
        try (var files = Files.list(backups)) {
            copy = files.filter(p -> p.getFileName().toString().matches("warta-\\d{8}-\\d{6}\\.db")).findFirst().orElseThrow();
        }
        assertThat(run("restore", "--db", db.toString(), "--from", copy.toString())).isZero();
        assertThat(out()).contains("dipulihkan");
        assertThat(run("restore", "--db", db.toString(), "--from", dir.resolve("hilang.db").toString())).isEqualTo(2);
        assertThat(err()).contains("tidak ada");
    }

    @Test
    void checkIsWiredIntoTheCommandLine() throws Exception {
        Path draft = Files.writeString(dir.resolve("draf.txt"), "Data warga: NIK 3522185310910913 mohon diverifikasi.");
        Path clean = Files.writeString(dir.resolve("bersih.txt"), "Posyandu buka Sabtu pukul 08.00 WIB di balai desa.");
        assertThat(run("check", "--format", "json", "--lang", "en", draft.toString(), clean.toString())).isEqualTo(1);
        var lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var first = json.readTree(lines.get(0));
        assertThat(first.get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(first.get("findings").get(0).get("excerpt").asText()).isEqualTo("3522185310910913");
        assertThat(json.readTree(lines.get(1)).get("verdict").asText()).isEqualTo("PASS");
        assertThat(run("check", clean.toString())).isZero();
    }

    @Test
    void checkAppliesTheClientsListsFromTheDatabase() throws Exception {
        Path db = dir.resolve("kantor.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
        Path draft = Files.writeString(dir.resolve("kunjungan.txt"),
                "Kunjungan Hendra Purnawangsa ke posko. Info: 0811-0000-7117.");
        assertThat(run("check", "--format", "json", "--db", db.toString(), "--client", "bpbd nusa lestari",
                draft.toString())).isIn(0, 1);
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out()).get("findings");
        java.util.List<String> excerpts = new java.util.ArrayList<>();
        findings.forEach(f -> excerpts.add(f.get("excerpt").asText()));
        assertThat(excerpts).contains("Hendra Purnawangsa").doesNotContain("0811-0000-7117");

        assertThat(run("check", "--db", db.toString(), "--client", "Klien Fiktif", draft.toString())).isEqualTo(2);
        assertThat(err()).contains("Klien Fiktif").doesNotContain("Exception");
    }

    @Test
    void auditVerifyFindsAlteredAndDeletedRowsAndACutOffEnd() throws Exception {
        Path db = dir.resolve("audit.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
        assertThat(run("audit", "verify", "--db", db.toString())).isZero();
        assertThat(out().strip()).matches("OK \\d+ entries, head [0-9a-f]{64}");
        String head = out().strip().replaceAll(".* head ", "");
        long rows;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM audit_log");
            rs.next();
            rows = rs.getLong(1);
            assertThat(out()).startsWith("OK " + rows + " entries");
            st.executeUpdate("DELETE FROM audit_log WHERE seq = " + rows);
        }
        assertThat(run("audit", "verify", "--db", db.toString())).isZero();
        assertThat(run("audit", "verify", "--db", db.toString(), "--expect-head", head)).isEqualTo(1);
        assertThat(out()).startsWith("BROKEN at entry " + (rows - 1) + " (");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET after_json = replace(after_json, 'Dinas', 'Dinaz') WHERE seq = 1");
        }
        assertThat(run("audit", "verify", "--db", db.toString())).isEqualTo(1);
        assertThat(out()).startsWith("BROKEN at entry 1 (").contains("altered");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_log WHERE seq = 2");
        }
        assertThat(run("audit", "verify", "--db", db.toString())).isEqualTo(1);
        assertThat(run("audit", "verify", "--db", dir.resolve("hilang.db").toString())).isEqualTo(2);
    }

    @Test
    void aMissingDataFolderIsCreatedAndSaidSo() {
        assertThat(runIn(dir.resolve("fresh"), "--version")).isZero();
        assertThat(err()).contains("Folder data Warta dibuat");
        assertThat(dir.resolve("fresh/logs")).isDirectory();
        assertThat(runIn(dir.resolve("fresh"), "--version")).isZero();
        assertThat(err()).isEmpty();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
