package id.warta.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.FeedHost;
import id.warta.app.SqliteWorkspace;
import id.warta.service.ExportFilter;
import id.warta.service.FeedHosting;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
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

/** The subscription section on screen: create a feed, copy its webcal:// link, revoke it. */
@ExtendWith(ApplicationExtension.class)
class FeedsSectionTest {
    @TempDir
    static Path dir;
    static SqliteWorkspace ws;
    static FeedHost host;

    @BeforeAll
    static void database() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        ws = SqliteWorkspace.open(dir.resolve("section.db"), new DataPaths(dir), "test", clock);
        ws.demo().load();
        ws.transactor().writeRun(() -> ws.settings().put(FeedHosting.PORT_SETTING, "0"));
    }

    @AfterAll
    static void close() {
        host.close();
        ws.close();
    }

    @Start
    void start(Stage stage) {
        FeedHosting hosting = new FeedHosting(ws.transactor(), ws.settings(), () -> ws.auth().current().user());
        Messages messages = new Messages(Messages.INDONESIAN);
        host = new FeedHost(ws.feeds(), hosting, messages);
        FeedsViewModel model = new FeedsViewModel(ws.feeds(), hosting, host, ExportFilter::everything,
                new SameThreadTasks(), messages);
        model.load();
        stage.setScene(new Scene(new FeedsSection(model, messages), 1280, 800));
        stage.show();
    }

    @Test
    void createsCopiesAndRevokesAFeed(FxRobot robot) {
        assertThat(robot.lookup("#feeds-status").queryLabeled().getText()).contains("http://127.0.0.1:");
        assertThat(robot.lookup("#feeds-lan").tryQuery()).as("the switch is for administrators only")
                .hasValueSatisfying(n -> assertThat(n.getParent().isVisible()).isFalse());
        assertThat(robot.lookup("#feeds-copy-webcal").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#feeds-name").write("Jadwal humas");
        robot.clickOn("#feeds-create");
        ListView<?> list = robot.lookup("#feeds-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#feeds-copy-webcal");
        String copied = readClipboard(robot);
        assertThat(copied).matches("webcal://127\\.0\\.0\\.1:\\d+/feeds/[A-Za-z0-9_-]{32}\\.ics");
        assertThat(robot.lookup("#feeds-message").queryLabeled().getText()).contains(copied);

        robot.clickOn("#feeds-revoke");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
    }

    private static String readClipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
