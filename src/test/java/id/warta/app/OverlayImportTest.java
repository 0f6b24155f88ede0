package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.service.OverlayEvent;
import id.warta.service.OverlayImportException;
import id.warta.ui.common.ErrorText;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Importing .ics files as read-only overlays on a real database, and the bundled 2026 holidays. */
class OverlayImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("overlay.db"), new DataPaths(dir), "test", CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aClientsCalendarIsStoredWithItsNameTimesAndAllDayRange() throws Exception {
        Overlay o = ws.overlays().importFile(resource("client-events.ics"));
        assertThat(o.name()).isEqualTo("Agenda Dinas Kesehatan");
        assertThat(ws.overlays().all()).singleElement().satisfies(x -> assertThat(x.eventCount()).isEqualTo(2));
        List<OverlayEvent> march = ws.overlays().eventsBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(march).hasSize(2);
        OverlayEvent meeting = march.get(0);
        assertThat(meeting.title()).isEqualTo("Rapat koordinasi posyandu, kecamatan");
        assertThat(meeting.start()).as("09.00 WITA is 01.00 UTC").isEqualTo(Instant.parse("2026-03-05T01:00:00Z"));
        assertThat(meeting.end()).isEqualTo(Instant.parse("2026-03-05T02:30:00Z"));
        OverlayEvent week = march.get(1);
        assertThat(week.isAllDay()).isTrue();
        assertThat(week.title()).endsWith("sehingga dilipat");
        assertThat(week.firstDay()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(week.lastDay()).as("DTEND is exclusive").isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(ws.overlays().eventsBetween(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 12))).hasSize(1);

        assertThat(ws.overlays().remove(o.id())).isTrue();
        assertThat(ws.overlays().all()).isEmpty();
        assertThat(ws.overlays().eventsBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad-folding.ics|overlay.error.folding|Baris 9 bukan properti|Line 9 is not",
        "missing-end.ics|overlay.error.unclosed|berakhir di baris 9|ends at line 9",
        "unknown-tzid.ics|overlay.error.timeZone|\u201cMars/Olympus\u201d di baris 13|\u201cMars/Olympus\u201d on line 13",
        "not-calendar.ics|overlay.error.notCalendar|baris 1 harus BEGIN:VCALENDAR|line 1 must be BEGIN:VCALENDAR",
    })
    void aBadFileIsRefusedByLineInBothLanguagesAndNothingIsStored(String file, String key, String indonesian,
                                                                   String english) throws Exception {
        ws.overlays().installHolidays();
        int before = ws.overlays().all().size();
        Path path = resource("bad/" + file);
        assertThatThrownBy(() -> ws.overlays().importFile(path)).isInstanceOfSatisfying(OverlayImportException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(ErrorText.of(e, new Messages(Messages.INDONESIAN))).contains(indonesian)
                            .contains("Tidak ada yang diimpor");
                    assertThat(ErrorText.of(e, new Messages(Messages.ENGLISH))).contains(english);
                });
        assertThat(ws.overlays().all()).hasSize(before);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("besar.ics");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write("BEGIN:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            f.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> ws.overlays().importFile(big)).isInstanceOfSatisfying(OverlayImportException.class,
                e -> assertThat(ErrorText.of(e, new Messages(Messages.INDONESIAN)))
                        .contains("terlalu besar (50 MB); batasnya 5 MB"));
        assertThat(ws.overlays().all()).isEmpty();
    }

    @Test
    void theBundledHolidaysHoldSeventeenHolidaysAndEightCollectiveLeaveDaysOnceAndNextYearsCertainDates() {
        ws.overlays().installHolidays();
        ws.overlays().installHolidays();
        assertThat(ws.overlays().all()).hasSize(2).allSatisfy(o -> assertThat(o.builtin()).isTrue())
                .extracting(o -> o.eventCount()).containsExactlyInAnyOrder(25, 9);
        List<OverlayEvent> year = ws.overlays().eventsBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(year).allSatisfy(e -> assertThat(e.isAllDay()).isTrue());
        assertThat(year.stream().filter(e -> e.title().startsWith("Cuti bersama"))).hasSize(8);
        assertThat(ws.overlays().eventsBetween(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 19)))
                .extracting(OverlayEvent::title).containsExactly("Hari Suci Nyepi (Tahun Baru Saka 1948)");
        assertThat(ws.overlays().eventsBetween(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22)))
                .extracting(OverlayEvent::title).containsOnly("Idul Fitri 1447 H").hasSize(2);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(OverlayImportTest.class.getResource("/ical/" + name).toURI());
    }
}
