package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.MonthEntryView;
import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.service.OverlayEvent;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A holiday in the month view becomes a post only through its "Jadikan postingan" menu, in the editor. */
@ExtendWith(ApplicationExtension.class)
class OverlayConvertScreenTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    static Path dir;
    static SqliteWorkspace ws;
    MainWindow window;

    @BeforeAll
    static void database() {
        ws = SqliteWorkspace.open(dir.resolve("convert.db"), new DataPaths(dir), "test", CLOCK);
        WorkflowFixture office = new WorkflowFixture(ws, CLOCK);
        ws.overlays().installHolidays();
        office.signIn(office.staff);
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(ws, new SameThreadTasks(), LocalPreferences.load(dir.resolve("convert.properties")),
                CLOCK, "sari");
        window.attach(stage);
        stage.show();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void christmasOpensANewPostWithItsTitleAndNothingIsStoredBeforeSaving(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node christmas = robot.lookup((Node n) -> n instanceof MonthEntryView v
                && v.getEntry().getUserObject() instanceof OverlayEvent e
                && e.firstDay().equals(LocalDate.of(2026, 12, 25))).query();
        // What a right-click (or the menu key) sends; Monocle's robot does not turn a click into it.
        robot.interact(() -> {
            javafx.geometry.Bounds b = christmas.localToScreen(christmas.getBoundsInLocal());
            javafx.event.Event.fireEvent(christmas, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5, b.getMinY() + 5,
                    false, null));
        });
        robot.clickOn("Jadikan postingan");

        WaitForAsyncUtils.waitForFxEvents();
        TextField title = robot.lookup("#editor-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo("Kelahiran Yesus Kristus (Natal)");
        assertThat(ws.planning().between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WIB))
                .as("an imported event is not a post until the user saves").isEmpty();
        robot.interact(() -> ((Stage) title.getScene().getWindow()).close());
    }
}
