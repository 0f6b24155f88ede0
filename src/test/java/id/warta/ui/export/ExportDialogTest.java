package id.warta.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export dialog in the real window, headless: opened from the toolbar and by Ctrl+E. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path dir;
    static SqliteWorkspace workspace;
    MainWindow window;

    @BeforeAll
    static void demoDatabase() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        workspace = SqliteWorkspace.open(dir.resolve("ui.db"), new DataPaths(dir), "test", clock);
        workspace.demo().load();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        window = new MainWindow(workspace, new SameThreadTasks(), LocalPreferences.load(dir.resolve("settings.properties")),
                clock, "humas");
        window.attach(stage);
        stage.show();
    }

    @Test
    void toolbarOpensTheDialogWithALiveCount(FxRobot robot) {
        robot.clickOn("#calendar-export");
        String all = robot.lookup("#export-count").queryLabeled().getText();
        assertThat(all).matches("\\d+ acara akan ditulis");
        assertThat(robot.lookup("#export-save").queryAs(Button.class).isDisabled()).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<String> clients = robot.lookup("#export-client").queryAs(ComboBox.class);
        robot.interact(() -> clients.setValue(clients.getItems().get(1)));
        String one = robot.lookup("#export-count").queryLabeled().getText();
        assertThat(Integer.parseInt(one.split(" ")[0])).isLessThan(Integer.parseInt(all.split(" ")[0])).isPositive();
        robot.clickOn("#export-close");
        assertThat(robot.lookup("#export-count").tryQuery()).isEmpty();
    }

    @Test
    void ctrlEOpensItToo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        assertThat(robot.lookup("#export-count").queryLabeled().getText()).endsWith("akan ditulis");
        robot.clickOn("#export-close");
    }
}
