package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Checklist;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.service.ReviewItem;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review flow in the real window: the author submits a draft from the calendar, the supervisor
 * finds it in the queue, answers the eight questions, approves, and the calendar shows it approved.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final String BODY = "Layanan perekaman KTP elektronik keliling hadir di Kelurahan Sukamaju pada Sabtu, "
            + "5 Desember 2026 pukul 08.00-12.00 WIB. Bawa fotokopi kartu keluarga. Jadwal lengkap di situs resmi "
            + "Disdukcapil Kota Contoh.";

    @TempDir
    static Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    Post draft;

    @Start
    void start(Stage stage) {
        ws = SqliteWorkspace.open(dir.resolve("flow-" + System.nanoTime() + ".db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        draft = office.post(WorkflowState.DRAFT, BODY);
        office.signIn(office.staff);
        MainWindow window = new MainWindow(ws, new SameThreadTasks(),
                LocalPreferences.load(dir.resolve("flow.properties")), CLOCK, office.staff.displayName());
        window.attach(stage);
        stage.show();
    }

    @Test
    void theDeskListsTheFindingsThatBlockApprovalAndOffersTheOverride(FxRobot robot) throws Exception {
        Post withNik = office.post(WorkflowState.IN_REVIEW,
                "Selamat kepada Ibu Wulan Sari, NIK 3522185310910913, penerima bantuan bulan ini.");
        office.signIn(office.supervisor);
        robot.clickOn("#nav-review");
        ListView<ReviewItem> queue = robot.lookup("#review-queue").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
        robot.clickOn(".review-item-title");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".finding-card").tryQuery().isPresent());
        assertThat(robot.lookup(".finding-card").queryAll()).hasSize(1);
        assertThat(robot.lookup(".finding-excerpt").queryLabeled().getText()).contains("3522185310910913");
        assertThat(robot.lookup("#review-blocks").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup(".finding-card .button").queryButton().getText()).startsWith("Kesampingkan");
        assertThat(office.reload(withNik.id()).state()).isEqualTo(WorkflowState.IN_REVIEW);
    }

    /** The checklist is taller than a laptop screen; a reviewer scrolls, so the robot does too. */
    private static void scrollIntoView(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        javafx.scene.Node p = node;
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) p;
        robot.interact(() -> {
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 2) / Math.max(1, contentHeight - viewport))));
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void staffSubmitsSupervisorAnswersTheChecklistAndApprovesAndTheCalendarShowsIt(FxRobot robot) throws Exception {
        robot.clickOn("#calendar-view-agenda");
        ListView<CalendarEntry> agenda = robot.lookup("#calendar-agenda").queryListView();
        assertThat(agenda.getItems()).extracting(CalendarEntry::state).containsExactly(WorkflowState.DRAFT);
        assertThat(robot.lookup("#calendar-next-step").queryButton().isDisabled()).isTrue();
        robot.clickOn(".agenda-title");
        robot.clickOn("#calendar-next-step");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> agenda.getItems().get(0).state() == WorkflowState.IN_REVIEW);
        assertThat(robot.lookup("#calendar-status").queryLabeled().getText()).contains("diajukan untuk ditinjau");

        office.signIn(office.supervisor);
        robot.clickOn("#nav-review");
        ListView<ReviewItem> queue = robot.lookup("#review-queue").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
        assertThat(robot.lookup("#review-approve").queryButton().isDisabled()).isTrue();
        robot.clickOn(".review-item-title");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#review-post-title").tryQuery().isPresent());
        assertThat(robot.lookup("#review-post-title").queryAs(Label.class).getText()).isEqualTo(draft.title());

        for (int p = 1; p <= Checklist.PRINCIPLES; p++) {
            scrollIntoView(robot, "#checklist-" + p + "-yes");
            robot.clickOn("#checklist-" + p + (Checklist.reassuringAnswer(p) ? "-yes" : "-no"));
        }
        assertThat(robot.lookup("#review-approve").queryButton().isDisabled()).isFalse();
        robot.clickOn("#review-approve");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, queue.getItems()::isEmpty);
        assertThat(robot.lookup("#review-notice").queryLabeled().getText()).contains("disetujui");

        robot.clickOn("#nav-calendar");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> agenda.getItems().get(0).state() == WorkflowState.APPROVED);
        assertThat(robot.lookup(".state-badge").queryLabeled().getText()).isEqualTo("Disetujui");
        assertThat(office.reload(draft.id()).state()).isEqualTo(WorkflowState.APPROVED);
    }
}
