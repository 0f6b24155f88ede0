package id.warta.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.CalendarHttpServer;
import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.service.OverlayEvent;
import id.warta.ui.common.Formats;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extra-calendars section and the calendar's overlay events, on a real database. */
class OverlaysViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    OverlaysViewModel model;
    AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("ov.db"), new DataPaths(dir), "test", CLOCK);
        ws.overlays().installHolidays();
        model = new OverlaysViewModel(ws.overlays(), new SameThreadTasks(), new Messages(Messages.INDONESIAN),
                changes::incrementAndGet);
        model.load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void importsListsAndRemovesAFileAndRefusesABadOneByLine() throws Exception {
        assertThat(model.overlays()).singleElement().satisfies(o -> assertThat(o.builtin()).isTrue());

        model.importFile(resource("client-events.ics"));
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("\u201cAgenda Dinas Kesehatan\u201d diimpor: 2 acara.");
        assertThat(model.overlays()).hasSize(2);
        assertThat(changes.get()).isEqualTo(1);

        model.importFile(resource("bad/unknown-tzid.ics"));
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("baris 13");
        assertThat(model.overlays()).hasSize(2);
        assertThat(changes.get()).as("a refused file changes nothing on screen").isEqualTo(1);

        model.selectedProperty().set(model.overlays().get(1));
        model.removeSelected();
        assertThat(model.overlays()).hasSize(1);
        assertThat(changes.get()).isEqualTo(2);
    }

    @Test
    void theCalendarOfMarchShowsNyepiAndIdulFitriAsOverlayEvents() {
        CalendarViewModel calendar = new CalendarViewModel(ws.planning(), ws.workflow(), new SameThreadTasks(),
                new Messages(Messages.INDONESIAN), CLOCK, ZoneId.of("Asia/Jakarta"));
        calendar.setOverlaySource(ws.overlays()::eventsBetween);
        calendar.load();
        assertThat(calendar.overlays()).extracting(OverlayEvent::firstDay)
                .contains(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22))
                .allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 12)));
    }

    @Test
    void subscribesToAUrlRefreshesItNowAndShowsWhenItWasUpdated() throws Exception {
        try (CalendarHttpServer http = CalendarHttpServer.start()) {
            http.serve(SUBSCRIBED, "\"v1\"");
            assertThat(model.refreshableProperty().get()).as("nothing selected").isFalse();

            model.urlProperty().set(http.feed().toString());
            model.subscribe();
            assertThat(model.problemProperty().get()).isFalse();
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.messageProperty().get()).isEqualTo(
                    "Berlangganan \u201cAgenda Klien\u201d: 1 acara. Diperbarui otomatis tiap 6 jam.");
            assertThat(model.urlProperty().get()).as("the field empties").isEmpty();
            assertThat(changes.get()).isEqualTo(1);
            Overlay sub = subscribedItem();
            assertThat(model.describe(sub)).isEqualTo("Agenda Klien \u2014 1 acara \u2014 dari 127.0.0.1, diperbarui "
                    + new Formats(Messages.INDONESIAN).dateTime(CLOCK.instant(), ZoneId.of("Asia/Jakarta")));

            model.selectedProperty().set(model.overlays().stream().filter(Overlay::builtin).findFirst().orElseThrow());
            assertThat(model.refreshableProperty().get()).as("the holidays are not fetched").isFalse();
            model.selectedProperty().set(sub);
            assertThat(model.refreshableProperty().get()).isTrue();
            model.refreshSelected();
            assertThat(model.messageProperty().get()).isEqualTo(
                    "\u201cAgenda Klien\u201d tidak berubah sejak pengambilan terakhir.");
            assertThat(changes.get()).as("304: the calendar need not reload").isEqualTo(1);

            http.failWith(404);
            model.refreshSelected();
            assertThat(model.problemProperty().get()).isTrue();
            assertThat(model.messageProperty().get()).contains("tidak ditemukan di 127.0.0.1 (HTTP 404)");
            assertThat(model.selectedProperty().get().id()).isEqualTo(sub.id());
            assertThat(model.describe(subscribedItem())).contains("Gagal diperbarui")
                    .contains("Acara sebelumnya tetap ditampilkan");
            assertThat(ws.overlays().eventsBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9)))
                    .extracting(OverlayEvent::title).containsExactly("Peluncuran aplikasi");

            http.serve(SUBSCRIBED.replace("Peluncuran aplikasi", "Peluncuran aplikasi (diundur)"), "\"v2\"");
            model.refreshSelected();
            assertThat(model.messageProperty().get()).isEqualTo("\u201cAgenda Klien\u201d diperbarui.");
            assertThat(changes.get()).isEqualTo(2);
            assertThat(model.describe(subscribedItem())).doesNotContain("Gagal");
        }
    }

    @Test
    void aBadAddressIsRefusedAtOnceInTheUsersLanguage() {
        Messages english = new Messages(Messages.ENGLISH);
        OverlaysViewModel en = new OverlaysViewModel(ws.overlays(), new SameThreadTasks(), english, () -> { });
        en.subscribe();
        assertThat(en.problemProperty().get()).isTrue();
        assertThat(en.messageProperty().get()).isEqualTo("Enter the calendar's address first.");
        en.urlProperty().set("ftp://example.go.id/agenda.ics");
        en.subscribe();
        assertThat(en.messageProperty().get()).startsWith("Addresses starting with \u201cftp:\u201d are not supported.");
        en.urlProperty().set("agenda.example.go.id/kalender.ics");
        en.subscribe();
        assertThat(en.messageProperty().get()).contains("is not a complete address");
        assertThat(en.urlProperty().get()).as("the address stays to be corrected")
                .isEqualTo("agenda.example.go.id/kalender.ics");

        model.urlProperty().set("http://127.0.0.1:1/tertutup.ics");
        model.subscribe();
        assertThat(model.messageProperty().get()).startsWith("Server 127.0.0.1 tidak dapat dihubungi.");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.overlays()).hasSize(1);
    }

    private Overlay subscribedItem() {
        return model.overlays().stream().filter(Overlay::subscribed).findFirst().orElseThrow();
    }

    static final String SUBSCRIBED = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t\r\nX-WR-CALNAME:Agenda Klien\r\n"
            + "BEGIN:VEVENT\r\nUID:k1@klien\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260309\r\n"
            + "SUMMARY:Peluncuran aplikasi\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private static Path resource(String name) throws Exception {
        return Path.of(OverlaysViewModelTest.class.getResource("/ical/" + name).toURI());
    }
}
