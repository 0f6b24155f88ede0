package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Entry;
import id.warta.app.CalendarPosts;
import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Channel;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.ui.calendar.CalendarMode;
import id.warta.ui.calendar.CalendarView;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The calendar screen in the real window: switching views, moving an entry, filtering by client. */
@ExtendWith(ApplicationExtension.class)
class CalendarScreenTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    static Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    Post kominfo;
    Post dinkes;
    MainWindow window;
    Path prefs;

    @Start
    void start(Stage stage) {
        ws = SqliteWorkspace.open(dir.resolve("cal-" + System.nanoTime() + ".db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        kominfo = office.post(WorkflowState.DRAFT, "Layanan KTP keliling di Kelurahan Sukamaju."); // 4 Dec 09.00 WIB
        Account health = CalendarPosts.account(ws, office.otherClient, Channel.FACEBOOK, "@dinkes.contoh",
                AccountZone.WITA);
        dinkes = CalendarPosts.post(ws, health, "Cegah demam berdarah", WorkflowState.DRAFT,
                Instant.parse("2026-12-10T03:00:00Z"), office.staff.id(), CLOCK.instant());
        office.signIn(office.staff);
        prefs = dir.resolve("cal-" + System.nanoTime() + ".properties");
        window = new MainWindow(ws, new SameThreadTasks(), LocalPreferences.load(prefs), CLOCK, "sari");
        window.attach(stage);
        stage.show();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false);
    }

    @Test
    void switchesBetweenMonthWeekDayAndAgendaAndRemembersTheChoice(FxRobot robot) throws Exception {
        assertThat(showing(robot, "#calendar-month-view")).isTrue();
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("Desember 2026");

        robot.clickOn("#calendar-view-week");
        assertThat(showing(robot, "#calendar-week-view")).isTrue();
        assertThat(robot.lookup("#calendar-month-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("30 Nov \u2013 6 Des 2026");
        robot.clickOn("#calendar-next");
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("7 \u2013 13 Des 2026");
        assertThat(window.calendar().entries()).extracting(CalendarEntry::postId).containsExactly(dinkes.id());

        robot.clickOn("#calendar-view-day");
        assertThat(showing(robot, "#calendar-day-view")).isTrue();
        robot.clickOn("#calendar-view-agenda");
        assertThat(showing(robot, "#calendar-agenda")).isTrue();
        assertThat(robot.lookup("#calendar-agenda").queryListView().getItems()).isNotEmpty();

        // Page Down moves a month in the agenda; the choice of view is kept for the next start.
        robot.clickOn("#calendar-month");
        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN);
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("Januari 2027");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(prefs).contains("calendarView=agenda"));
        assertThat(CalendarMode.fromCode(LocalPreferences.load(prefs).get("calendarView").orElseThrow()))
                .contains(CalendarMode.AGENDA);
    }

    @Test
    void movingAnEntryInTheWeekViewReschedulesItAndUndoPutsItBack(FxRobot robot) {
        robot.clickOn("#calendar-view-week");
        CalendarView view = robot.lookup(".calendar-screen").queryAs(CalendarView.class);
        String target = office.targets(kominfo.id()).get(0).id();
        Entry<?> shown = view.entriesOnScreen().entryOf(target).orElseThrow();
        assertThat(shown.getStartDate()).isEqualTo(LocalDate.of(2026, 12, 4));

        // What CalendarFX does at the end of a drag: the entry's interval changes.
        ZonedDateTime saturday = ZonedDateTime.of(2026, 12, 5, 14, 0, 0, 0, WIB);
        robot.interact(() -> shown.setInterval(saturday, saturday.plusMinutes(30)));

        assertThat(office.targets(kominfo.id()).get(0).scheduledAt()).isEqualTo(saturday.toInstant());
        Entry<?> moved = view.entriesOnScreen().entryOf(target).orElseThrow();
        assertThat(moved.getStartDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(moved.getStartTime()).isEqualTo(java.time.LocalTime.of(14, 0));
        assertThat(robot.lookup("#calendar-status").queryLabeled().getText()).contains("dipindahkan");

        robot.clickOn("#calendar-month");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        assertThat(office.targets(kominfo.id()).get(0).scheduledAt()).isEqualTo(Instant.parse("2026-12-04T02:00:00Z"));
        assertThat(view.entriesOnScreen().entryOf(target).orElseThrow().getStartDate()).isEqualTo(LocalDate.of(2026, 12, 4));

        // A move into the past is refused, said plainly, and the entry snaps back.
        Entry<?> again = view.entriesOnScreen().entryOf(target).orElseThrow();
        ZonedDateTime past = ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, WIB);
        robot.interact(() -> again.setInterval(past, past.plusMinutes(30)));
        assertThat(robot.lookup("#calendar-status").queryLabeled().getText()).contains("masa lalu");
        assertThat(view.entriesOnScreen().entryOf(target).orElseThrow().getStartDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(office.targets(kominfo.id()).get(0).scheduledAt()).isEqualTo(Instant.parse("2026-12-04T02:00:00Z"));
    }

    @Test
    void filteringByClientLeavesOnlyThatClientsEntries(FxRobot robot) {
        CalendarView view = robot.lookup(".calendar-screen").queryAs(CalendarView.class);
        String kominfoTarget = office.targets(kominfo.id()).get(0).id();
        String dinkesTarget = office.targets(dinkes.id()).get(0).id();
        assertThat(view.entriesOnScreen().entryOf(kominfoTarget)).isPresent();
        assertThat(view.entriesOnScreen().entryOf(dinkesTarget)).isPresent();

        robot.clickOn("#calendar-filter-client");
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Dinas Kesehatan Kota Contoh".equals(c.getText())).queryAs(Node.class));

        assertThat(window.calendar().entries()).extracting(CalendarEntry::postId).containsExactly(dinkes.id());
        assertThat(view.entriesOnScreen().entryOf(kominfoTarget)).isEmpty();
        assertThat(view.entriesOnScreen().entryOf(dinkesTarget)).isPresent();
        // The account filter now offers only that client's accounts.
        assertThat(window.calendar().accountChoices()).hasSize(2);
    }
}
