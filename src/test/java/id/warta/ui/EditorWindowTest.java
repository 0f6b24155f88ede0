package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Account;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Finding;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The post editor in the real window: Ctrl+N, typing, saving, live findings. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);
    private static final String NIK = "3522185310910913";

    @TempDir
    static Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ws = SqliteWorkspace.open(dir.resolve("ed-" + System.nanoTime() + ".db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        office.signIn(office.staff);
        window = new MainWindow(ws, new SameThreadTasks(), LocalPreferences.load(dir.resolve("ed-" + System.nanoTime()
                + ".properties")), CLOCK, "sari");
        window.attach(stage);
        stage.show();
    }

    @org.junit.jupiter.api.BeforeEach
    void noEditorLeftByOtherTests(FxRobot robot) {
        // Lookups search every window: an editor another test class left open would answer them instead of ours.
        hideEditors(robot);
    }

    @AfterEach
    void close(FxRobot robot) {
        hideEditors(robot);
        ws.close();
    }

    private static void hideEditors(FxRobot robot) {
        // Hidden rather than closed: closing an unsaved editor would ask, and nobody is there to answer.
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#editor-body") != null).toList().forEach(javafx.stage.Window::hide));
    }

    private void openNewEditor(FxRobot robot) throws Exception {
        robot.clickOn("#calendar-month");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-body").tryQuery().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlNCreatesAPostThatShowsInTheCalendarAfterSaving(FxRobot robot) throws Exception {
        openNewEditor(robot);
        robot.clickOn("#editor-title").write("Vaksinasi gratis");
        robot.clickOn("#editor-body").write("Vaksinasi gratis di puskesmas Sabtu ini.");
        ComboBox<Account> accounts = robot.lookup("#editor-account").queryAs(ComboBox.class);
        robot.interact(() -> accounts.getSelectionModel().select(office.account));
        robot.clickOn("#editor-account-add");
        assertThat(robot.lookup("#editor-counter-instagram").queryLabeled().getText()).startsWith("40 / 2");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#editor-status").queryLabeled().getText()).contains("tersimpan");
        assertThat(window.calendar().entries()).extracting(CalendarEntry::title).contains("Vaksinasi gratis");
        CalendarEntry entry = window.calendar().entries().stream().filter(e -> e.title().equals("Vaksinasi gratis"))
                .findFirst().orElseThrow();
        Post saved = office.reload(entry.postId());
        assertThat(saved.body()).isEqualTo("Vaksinasi gratis di puskesmas Sabtu ini.");
        assertThat(saved.state()).isEqualTo(WorkflowState.DRAFT);

        // Saved, so Esc closes without asking.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editor-body").tryQuery()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNikInTheTextIsHighlightedListedAndSelectedFromTheList(FxRobot robot) throws Exception {
        openNewEditor(robot);
        robot.lookup("#editor-title").queryAs(TextField.class);
        String text = "Selamat kepada Ibu Wulan Sari, NIK " + NIK + ", penerima bantuan.";
        robot.clickOn("#editor-body").write(text);
        CodeArea body = robot.lookup("#editor-body").queryAs(CodeArea.class);
        ListView<Finding> findings = robot.lookup("#editor-findings").queryAs(ListView.class);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                findings.getItems().stream().anyMatch(f -> f.excerpt().contains(NIK)));
        int at = text.indexOf(NIK);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> body.getStyleOfChar(at + 3).contains("finding-block"));
        assertThat(body.getStyleOfChar(2)).doesNotContain("finding-block");
        // The button follows the findings list on a later pulse: wait for it rather than read it at once.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#editor-submit").queryButton().getText().contains("memblokir"));
        assertThat(robot.lookup("#editor-submit").queryButton().getText()).contains("memblokir");

        Finding nik = findings.getItems().stream().filter(f -> f.excerpt().contains(NIK)).findFirst().orElseThrow();
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> nikCell = () ->
                robot.lookup("#editor-findings .list-cell")
                        .match((javafx.scene.control.ListCell<Finding> c) -> nik.equals(c.getItem())).tryQuery();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> nikCell.get().isPresent());
        robot.clickOn(nikCell.get().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getSelectedText()).isEqualTo(nik.excerpt());
    }
}
