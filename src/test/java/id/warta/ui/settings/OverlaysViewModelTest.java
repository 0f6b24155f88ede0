package id.warta.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.service.Messages;
import id.warta.service.OverlayEvent;
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

    private static Path resource(String name) throws Exception {
        return Path.of(OverlaysViewModelTest.class.getResource("/ical/" + name).toURI());
    }
}
