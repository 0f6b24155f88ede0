package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Entry;
import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.ui.calendar.CalendarView;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Planning aids in the real window: a drag into a refusing blackout, the blackout overlay, the mix panel. */
@ExtendWith(ApplicationExtension.class)
class PlanningScreenTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    static Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    Post post;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ws = SqliteWorkspace.open(dir.resolve("plan-" + System.nanoTime() + ".db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        post = office.post(WorkflowState.DRAFT, "Layanan KTP keliling di Kelurahan Sukamaju."); // 4 Dec 09.00 WIB
        office.signIn(office.admin);
        ws.planningRules().saveBlackout(Blackout.create("Masa tenang Pilkada", "Hari tenang pemungutan suara",
                ZonedDateTime.of(2026, 12, 7, 0, 0, 0, 0, WIB).toInstant(),
                ZonedDateTime.of(2026, 12, 10, 0, 0, 0, 0, WIB).toInstant(), BlackoutScope.ALL, null, null,
                BlackoutMode.REFUSE));
        ws.planningRules().savePlan(office.account.id(), null, 3);
        office.signIn(office.staff);
        window = new MainWindow(ws, new SameThreadTasks(),
                LocalPreferences.load(dir.resolve("plan-" + System.nanoTime() + ".properties")), CLOCK, "sari");
        window.attach(stage);
        stage.show();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aDragIntoARefusingBlackoutShowsTheReasonAndThePostStays(FxRobot robot) {
        // The blackout is drawn on the month grid with its reason.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".warta-blackout-refuse-entry-small").queryAll()).isNotEmpty();
        java.util.Set<Node> drawn = robot.lookup(".warta-blackout-refuse-entry-small").queryAll();
        assertThat(drawn.stream().map(n -> ((com.calendarfx.view.EntryViewBase<?>) n).getEntry().getTitle()))
                .anySatisfy(title -> assertThat(title).contains("Hari tenang pemungutan suara"));

        robot.clickOn("#calendar-view-week");
        robot.clickOn("#calendar-next");
        robot.clickOn("#calendar-previous");
        CalendarView view = robot.lookup(".calendar-screen").queryAs(CalendarView.class);
        String target = office.targets(post.id()).get(0).id();
        Entry<?> shown = view.entriesOnScreen().entryOf(target).orElseThrow();
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, WIB);
        robot.interact(() -> shown.setInterval(tuesday, tuesday.plusMinutes(30)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#calendar-status").queryLabeled().getText())
                .contains("Masa tenang Pilkada").contains("Hari tenang pemungutan suara");
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(Instant.parse("2026-12-04T02:00:00Z"));
        assertThat(view.entriesOnScreen().entryOf(target).orElseThrow().getStartDate())
                .isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aWeekBelowTheAccountsTargetIsMarkedOnItsMonday(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<Entry<?>> marked = robot.lookup(".warta-cadence-gap-entry-small").queryAll().stream()
                .<Entry<?>>map(n -> ((com.calendarfx.view.EntryViewBase<?>) n).getEntry()).toList();
        assertThat(marked).as("one marker per week, each on a Monday").isNotEmpty()
                .allSatisfy(e -> assertThat(e.getStartDate().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY))
                .anySatisfy(e -> {
                    assertThat(e.getStartDate()).isEqualTo(LocalDate.of(2026, 11, 30));
                    assertThat(e.getTitle()).isEqualTo("\u2193 Di bawah target: 1 akun");
                    assertThat(((id.warta.service.OverlayEvent) e.getUserObject()).calendarName())
                            .as("the tooltip names the account and its count").contains("1 dari 3 pos");
                });
    }

    @Test
    void thePlanningPanelOpensWithTheContentMix(FxRobot robot) {
        assertThat(robot.lookup("#planning-mix-pie").tryQuery().map(Node::isVisible)).isNotEqualTo(
                java.util.Optional.of(true));
        robot.clickOn("#planning-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        PieChart pie = robot.lookup("#planning-mix-pie").queryAs(PieChart.class);
        assertThat(pie.isVisible()).isTrue();
        assertThat(pie.getData()).singleElement().satisfies(d -> assertThat(d.getPieValue()).isEqualTo(1));
        assertThat(robot.lookup("#planning-mix-total").queryLabeled().getText()).contains("1 publikasi");
        robot.clickOn("#planning-mix-channel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planning-mix-bars").tryQuery()).isPresent();
        robot.clickOn("#planning-mix-client");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#planning-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pie.isVisible() && pie.getScene() != null && pie.getParent().isVisible()).isFalse();
    }
}
