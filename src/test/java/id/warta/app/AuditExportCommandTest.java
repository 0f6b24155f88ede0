package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta audit export}, run in-process through the composition root as CommandLineTest does. */
class AuditExportCommandTest {
    @TempDir
    Path dir;
    Path db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Messages messages = new Messages(Messages.INDONESIAN);

    @BeforeEach
    void demo() throws Exception {
        Files.createDirectories(dir.resolve("home/logs"));
        db = dir.resolve("audit.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        return new Warta(new DataPaths(dir.resolve("home")), clock, out, err, messages).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String firstPost() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT entity_id FROM audit_log WHERE action = 'post.create' LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void exportsAPostAndADateRangeAndSaysWhatItWrote() throws Exception {
        Path folder = dir.resolve("pos");
        assertThat(run("audit", "export", "--db", db.toString(), "--out", folder.toString(), "--post", firstPost()))
                .isZero();
        assertThat(out()).startsWith("Bukti ditulis ke " + folder + ": 1 entri").contains("head ");
        assertThat(err()).isEmpty();
        assertThat(folder.resolve("report.html")).exists();

        Path zip = dir.resolve("november.zip");
        assertThat(run("audit", "export", "--db", db.toString(), "--out", zip.toString(), "--from", "2026-11-01",
                "--to", "2026-11-30", "--zip", "--lang", "en")).isZero();
        assertThat(zip).isRegularFile();
        assertThat(run("audit", "verify", "--db", db.toString())).isZero();
        assertThat(out()).contains("entries, head ");
    }

    @Test
    void aBrokenChainIsWrittenAndSaidLoudlyWithExitOne() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET actor = 'penyusup' WHERE seq = 3");
        }
        Path folder = dir.resolve("bukti");
        assertThat(run("audit", "export", "--db", db.toString(), "--out", folder.toString(), "--from", "2026-01-01",
                "--to", "2026-12-31")).isEqualTo(1);
        assertThat(out()).contains("Bukti ditulis ke", "PERINGATAN", "RUSAK pada entri 3", "isi entri diubah");
        assertThat(Files.readString(folder.resolve("report.html"))).contains("Rantai RUSAK pada entri 3");
    }

    @Test
    void badUsageAndUnusableInputExitTwoWithOneLineAndWriteNothing() throws Exception {
        String[][] wrong = {
            {"audit", "export", "--db", db.toString(), "--out", dir.resolve("a").toString()},
            {"audit", "export", "--db", db.toString(), "--out", dir.resolve("a").toString(), "--post", "x", "--from",
                "2026-11-01", "--to", "2026-11-02"},
            {"audit", "export", "--db", db.toString(), "--out", dir.resolve("a").toString(), "--from", "2026-11-01"},
            {"audit", "export", "--db", db.toString(), "--out", dir.resolve("a").toString(), "--from", "1-11-2026",
                "--to", "2026-11-30"},
            {"audit", "export", "--db", db.toString(), "--out", dir.resolve("a").toString(), "--from", "2026-11-30",
                "--to", "2026-11-01"},
            {"audit", "export", "--db", db.toString(), "--out", dir.resolve("a").toString(), "--post", "x", "--lang", "fr"},
            {"audit", "export", "--db", db.toString(), "--out", dir.resolve("a").toString(), "--post", "tidak-ada"},
            {"audit", "export", "--db", dir.resolve("hilang.db").toString(), "--out", dir.resolve("a").toString(),
                "--post", "x"},
            {"audit", "export", "--db", db.toString(), "--out", dir.resolve("tidak/ada/a").toString(), "--post", "x"},
        };
        for (String[] args : wrong) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err().strip().lines().count()).as(err()).isEqualTo(1);
            assertThat(err()).doesNotContain("Exception", "at id.warta");
        }
        assertThat(run("audit", "export", "--db", db.toString(), "--out", dir.resolve("a").toString(), "--from",
                "2026-11-30", "--to", "2026-11-01")).isEqualTo(2);
        assertThat(err()).contains("setelah tanggal akhir");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("home", "audit.db");
        }
    }

    @Test
    void helpIsTranslated() {
        assertThat(run("audit", "export", "--help")).isZero();
        assertThat(out()).contains("--post", "--from", "--zip", "Ekspor bukti jejak audit");
        messages = new Messages(Messages.ENGLISH);
        assertThat(run("audit", "export", "--post", "x")).isEqualTo(2);
        assertThat(err()).contains("--db");
    }
}
