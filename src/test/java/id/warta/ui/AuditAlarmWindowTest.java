package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Label;
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

/** The real window on a demo database whose audit table was altered by hand. */
@ExtendWith(ApplicationExtension.class)
class AuditAlarmWindowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    @TempDir
    static Path dir;
    static SqliteWorkspace workspace;

    @BeforeAll
    static void tamperedDatabase() throws Exception {
        workspace = SqliteWorkspace.open(dir.resolve("ui.db"), new DataPaths(dir), "test", CLOCK);
        workspace.demo().load();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + workspace.databaseFile()); var st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET action = 'post.delete' WHERE seq = 7");
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        new MainWindow(workspace, new SameThreadTasks(), LocalPreferences.load(dir.resolve("settings.properties")), CLOCK,
                "humas").attach(stage);
        stage.show();
    }

    @Test
    void aBrokenChainShowsARedBannerAndThePanelSaysWhere(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#audit-alarm").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("Jejak audit RUSAK pada entri 7 (");
        robot.clickOn("#nav-reports");
        assertThat(robot.lookup("#audit-status").queryLabeled().getText())
                .isEqualTo("RUSAK pada entri 7: isi entri diubah (hash tidak cocok)");
        assertThat(robot.lookup("#audit-head").queryAs(TextField.class).getText()).matches("[0-9a-f]{64}");
    }
}
