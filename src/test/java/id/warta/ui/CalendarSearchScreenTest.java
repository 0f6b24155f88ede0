package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.CampaignPosts;
import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Campaign;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.service.SearchHit;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the real window: Ctrl+F search opening a post, the campaign filter, and Ctrl+D duplicate. */
@ExtendWith(ApplicationExtension.class)
class CalendarSearchScreenTest {
    static {
        // When this class starts the toolkit on a busy 2-core machine, the first window can take over 30 s.
        if (System.getProperty("testfx.setup.timeout") == null) {
            System.setProperty("testfx.setup.timeout", "90000");
        }
    }

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    static Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    MainWindow window;
    Post flood;
    Post evacuation;

    @Start
    void start(Stage stage) {
        ws = SqliteWorkspace.open(dir.resolve("find-" + System.nanoTime() + ".db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        Campaign drive = CampaignPosts.campaign(ws, office.client.id(), "Pekan siaga bencana");
        flood = CampaignPosts.post(ws, office.account, null, "Banjir rob di pesisir utara", "Warga diminta waspada.",
                WorkflowState.DRAFT, Instant.parse("2027-01-14T03:00:00Z"), office.staff.id(), CLOCK.instant());
        evacuation = CampaignPosts.post(ws, office.account, drive.id(), "Latihan evakuasi", "Ikuti simulasi gempa.",
                WorkflowState.DRAFT, Instant.parse("2026-12-04T02:00:00Z"), office.staff.id(), CLOCK.instant());
        CampaignPosts.post(ws, office.account, null, "Vaksinasi gratis", "Di puskesmas.", WorkflowState.DRAFT,
                Instant.parse("2026-12-07T02:00:00Z"), office.otherStaff.id(), CLOCK.instant());
        office.signIn(office.staff);
        window = new MainWindow(ws, new SameThreadTasks(), LocalPreferences.load(dir.resolve("find-" + System.nanoTime()
                + ".properties")), CLOCK, "sari");
        window.attach(stage);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#editor-body") != null).toList().forEach(javafx.stage.Window::hide));
        ws.close();
    }

    private static String editorTitle(FxRobot robot) {
        return robot.lookup("#editor-title").queryAs(TextField.class).getText();
    }

    @Test
    void ctrlFTypingAndEnterJumpToThePostsMonthAndOpenItInTheEditor(FxRobot robot) throws Exception {
        robot.clickOn("#calendar-month");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#calendar-search").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("banj");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-title").tryQuery().isPresent());
        assertThat(editorTitle(robot)).isEqualTo("Banjir rob di pesisir utara");
        assertThat(window.calendar().dateProperty().get()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("Januari 2027");
    }

    @Test
    void theListShowsMatchesAndAClickOpensOne(FxRobot robot) throws Exception {
        robot.clickOn("#calendar-search").write("simulasi");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#search-results").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()
                        && !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        ListView<SearchHit> list = robot.lookup("#search-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof ListCell<?> c
                && c.getItem() instanceof SearchHit).tryQuery().isPresent());
        assertThat(list.getItems()).extracting(SearchHit::postId).containsExactly(evacuation.id());
        assertThat(robot.lookup("#search-status").queryLabeled().getText()).isEqualTo("1 pos ditemukan.");

        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getItem() instanceof SearchHit)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-title").tryQuery().isPresent());
        assertThat(editorTitle(robot)).isEqualTo("Latihan evakuasi");
    }

    @Test
    void filteringByCampaignLeavesOnlyItsPosts(FxRobot robot) {
        assertThat(window.calendar().entries()).hasSize(2);
        robot.clickOn("#calendar-filter-campaign");
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Pekan siaga bencana".equals(c.getText())).queryAs(Node.class));
        assertThat(window.calendar().entries()).extracting(CalendarEntry::postId).containsExactly(evacuation.id());
    }

    @Test
    void ctrlDDuplicatesTheSelectedPostAsADraftAndOpensTheCopy(FxRobot robot) throws Exception {
        CalendarEntry entry = window.calendar().entries().stream().filter(e -> e.postId().equals(evacuation.id()))
                .findFirst().orElseThrow();
        robot.interact(() -> window.calendar().selectedProperty().set(entry));
        robot.clickOn("#calendar-month");
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#duplicate-day").tryQuery().isPresent());
        assertThat(robot.lookup("#duplicate-day").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2026, 12, 5));
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-title").tryQuery().isPresent());
        assertThat(editorTitle(robot)).isEqualTo("Latihan evakuasi (salinan)");
        assertThat(window.calendar().entries()).extracting(CalendarEntry::title).contains("Latihan evakuasi (salinan)");
        CalendarEntry copy = window.calendar().entries().stream()
                .filter(e -> e.title().equals("Latihan evakuasi (salinan)")).findFirst().orElseThrow();
        assertThat(copy.state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(copy.scheduledAt()).isEqualTo(Instant.parse("2026-12-05T02:00:00Z"));
    }
}
