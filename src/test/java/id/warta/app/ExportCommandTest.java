package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import id.warta.service.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta export} as DESIGN.md fixes it, run in-process through the composition root. */
class ExportCommandTest {
    @TempDir
    Path dir;
    Path db;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void demoDatabase() throws Exception {
        Files.createDirectories(dir.resolve("home/logs"));
        db = dir.resolve("demo.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        return new Warta(new DataPaths(dir.resolve("home")), clock, out, err, new Messages(Messages.INDONESIAN))
                .run(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesACalendarThatParsesBack() throws Exception {
        Path ics = dir.resolve("jadwal.ics");
        assertThat(run("export", "--db", db.toString(), "--out", ics.toString())).as(this::stderr).isZero();
        ICalendar cal = IcalExportTest.parse(Files.readString(ics));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(cal.getEvents().size() + " acara ditulis");
        assertThat(cal.getEvents()).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void filtersComeFromTheFlags() throws Exception {
        Path ics = dir.resolve("filter.ics");
        assertThat(run("export", "--db", db.toString(), "--out", ics.toString(), "--from", "2026-11-01",
                "--to", "2026-11-30", "--channel", "Instagram", "--status", "approved,scheduled")).isZero();
        ICalendar cal = IcalExportTest.parse(Files.readString(ics));
        assertThat(cal.getEvents()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getSummary().getValue()).startsWith("[Instagram]");
            assertThat(e.getStatus().getValue()).isEqualTo("CONFIRMED");
        });
    }

    @Test
    void unknownNamesAndBadFlagsExitTwoWithoutAFile() {
        Path ics = dir.resolve("x.ics");
        assertThat(run("export", "--db", db.toString(), "--out", ics.toString(), "--client", "Dinas Fiktif"))
                .isEqualTo(2);
        assertThat(stderr()).contains("Dinas Fiktif").doesNotContain("Exception");
        assertThat(run("export", "--db", db.toString(), "--out", ics.toString(), "--status", "approved,terbit"))
                .isEqualTo(2);
        assertThat(stderr()).contains("terbit");
        assertThat(run("export", "--db", db.toString(), "--out", ics.toString(), "--from", "2026-13-01")).isEqualTo(2);
        assertThat(run("export", "--db", dir.resolve("tidak-ada.db").toString(), "--out", ics.toString()))
                .isEqualTo(2);
        assertThat(dir.resolve("tidak-ada.db")).doesNotExist();
        assertThat(run("export", "--db", db.toString(), "--out", dir.resolve("no/such/folder.ics").toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("folder.ics").doesNotContain("Exception");
        assertThat(ics).doesNotExist();
    }

    @Test
    void anUnreadableDatabaseExitsTwo() throws Exception {
        Path notADb = dir.resolve("catatan.db");
        Files.writeString(notADb, "ini bukan basis data");
        assertThat(run("export", "--db", notADb.toString(), "--out", dir.resolve("y.ics").toString())).isEqualTo(2);
        assertThat(stderr()).isNotBlank().doesNotContain("Exception");
        assertThat(dir.resolve("y.ics")).doesNotExist();
    }
}
