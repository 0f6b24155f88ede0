package id.warta.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.CalendarHttpServer;
import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
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

/** The extra-calendars section on screen: a refused address, a subscription, "Perbarui sekarang". */
@ExtendWith(ApplicationExtension.class)
class OverlaysSectionTest {
    @TempDir
    static Path dir;
    static SqliteWorkspace ws;
    static CalendarHttpServer http;

    @BeforeAll
    static void database() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        ws = SqliteWorkspace.open(dir.resolve("overlays.db"), new DataPaths(dir), "test", clock);
        ws.overlays().installHolidays();
        http = CalendarHttpServer.start();
        http.serve(OverlaysViewModelTest.SUBSCRIBED, "\"v1\"");
    }

    @AfterAll
    static void close() {
        http.close();
        ws.close();
    }

    @Start
    void start(Stage stage) {
        Messages messages = new Messages(Messages.INDONESIAN);
        OverlaysViewModel model = new OverlaysViewModel(ws.overlays(), new SameThreadTasks(), messages, () -> { });
        model.load();
        stage.setScene(new Scene(new OverlaysSection(model, messages), 900, 600));
        stage.show();
    }

    @Test
    void refusesABadAddressSubscribesAndRefreshesNow(FxRobot robot) {
        assertThat(robot.lookup("#overlays-progress").queryAs(ProgressIndicator.class).isVisible()).isFalse();
        Button refresh = robot.lookup("#overlays-refresh").queryAs(Button.class);
        assertThat(refresh.getText()).isEqualTo("Perbarui sekarang");
        assertThat(refresh.isDisabled()).as("nothing selected").isTrue();
        assertThat(robot.lookup("#overlays-subscribe").queryAs(Button.class).getText()).isEqualTo("Berlangganan URL");

        robot.clickOn("#overlays-url").write("ftp://contoh.go.id/agenda.ics");
        robot.clickOn("#overlays-subscribe");
        assertThat(robot.lookup("#overlays-message").queryLabeled().getText())
                .startsWith("Alamat dengan \u201cftp:\u201d tidak didukung.");

        TextField url = robot.lookup("#overlays-url").queryAs(TextField.class);
        robot.interact(() -> url.setText(http.feed().toString()));
        robot.clickOn("#overlays-subscribe");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#overlays-message").queryLabeled().getText()).startsWith("Berlangganan \u201cAgenda Klien\u201d");
        assertThat(url.getText()).isEmpty();
        @SuppressWarnings("unchecked")
        ListView<Overlay> list = robot.lookup("#overlays-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);

        int index = list.getItems().indexOf(list.getItems().stream().filter(Overlay::subscribed).findFirst().orElseThrow());
        robot.interact(() -> list.getSelectionModel().select(index));
        assertThat(refresh.isDisabled()).isFalse();
        robot.clickOn("#overlays-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#overlays-message").queryLabeled().getText())
                .isEqualTo("\u201cAgenda Klien\u201d tidak berubah sejak pengambilan terakhir.");
        assertThat(list.getSelectionModel().getSelectedItem()).as("still selected after the list reloads")
                .satisfies(o -> assertThat(o.subscribed()).isTrue());
        assertThat(http.conditions()).containsExactly("", "\"v1\"");
    }
}
