package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.TestUsers;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
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

/** The real main window, headless on Monocle, on a demo database. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    static SqliteWorkspace workspace;
    MainWindow window;

    @BeforeAll
    static void demoDatabase() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        workspace = SqliteWorkspace.open(dir.resolve("ui.db"), new DataPaths(dir), "test", clock,
                new id.warta.service.PasswordHasher(1_000, new java.security.SecureRandom()));
        workspace.demo().load();
        workspace.auth().current().signIn(TestUsers.ofAllClients(workspace, "ratna", "Ratna Dewi",
                java.util.EnumSet.of(id.warta.domain.Role.SUPERVISOR)));
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
    void opensOnTheCalendarWithThisMonthsPostsAndTheStatusBar(FxRobot robot) {
        assertThat(robot.lookup("#nav-calendar").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("November 2026");
        assertThat(window.calendar().entries()).isNotEmpty();
        robot.clickOn("#calendar-view-agenda");
        assertThat(robot.lookup("#calendar-agenda").queryListView().getItems()).isNotEmpty();
        robot.clickOn("#calendar-view-month");
        assertThat(robot.lookup("#status-counts").queryLabeled().getText()).matches("\\d+ klien · \\d+ akun · \\d+ pos");
        assertThat(robot.lookup("#status-database").queryLabeled().getText()).endsWith("ui.db");
        assertThat(robot.lookup("#demo-banner").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#review-badge").queryLabeled().getText()).matches("[1-9]\\d*");
    }

    @Test
    void visitsEveryScreenFromTheRail(FxRobot robot) {
        robot.clickOn("#nav-review");
        assertThat(visibleTitle(robot)).isEqualTo("Tinjauan");
        assertThat(robot.lookup("#review-queue").queryListView().getItems()).isNotEmpty();
        // Reloading the queue must not turn "all clients" into one client's name.
        var clientFilter = robot.lookup("#review-filter-client").queryComboBox();
        robot.interact(() -> clientFilter.getSelectionModel().select(0));
        robot.clickOn("#review-refresh");
        robot.clickOn("#review-refresh");
        assertThat(robot.lookup("#review-filter-client").queryComboBox().getValue()).isNull();
        assertThat(robot.lookup("#review-filter-account").queryComboBox().getValue()).isNull();
        assertThat(String.valueOf(robot.lookup("#review-queue").queryListView().getItems().size()))
                .isEqualTo(robot.lookup("#review-badge").queryLabeled().getText());
        // Demo posts have no author and were never checked: the desk must still open them, checked.
        robot.clickOn(".review-item-title");
        assertThat(robot.lookup("#review-post-title").queryLabeled().getText()).isNotBlank();
        assertThat(robot.lookup("#review-findings").tryQuery()).isPresent();
        assertThat(robot.lookup("#review-findings .label").queryLabeled().getText()).doesNotContain("belum diperiksa");
        robot.clickOn("#nav-reports");
        assertThat(visibleTitle(robot)).isEqualTo("Laporan");
        assertThat(robot.lookup("#reports-chart").tryQuery()).isPresent();
        robot.clickOn("#nav-settings");
        assertThat(visibleTitle(robot)).isEqualTo("Pengaturan");
        robot.clickOn("#nav-calendar");
        assertThat(visibleTitle(robot)).isEqualTo("Kalender");
    }

    @Test
    void keyboardShortcutsSwitchScreensAndArrowsChangeMonth(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        assertThat(visibleTitle(robot)).isEqualTo("Laporan");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#calendar-next");
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("Desember 2026");
        robot.clickOn("#calendar-today");
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("November 2026");
    }

    @Test
    void switchingToEnglishRelabelsEverythingAndKeepsTheScreen(FxRobot robot) {
        robot.clickOn("#nav-reports");
        robot.interact(() -> window.languageProperty().set(java.util.Locale.ENGLISH));
        assertThat(visibleTitle(robot)).isEqualTo("Reports");
        assertThat(robot.lookup("#nav-calendar").queryAs(ToggleButton.class).getText()).isEqualTo("Calendar");
        assertThat(robot.lookup("#status-counts").queryLabeled().getText()).contains("clients");
        robot.interact(() -> window.languageProperty().set(java.util.Locale.forLanguageTag("id")));
        assertThat(visibleTitle(robot)).isEqualTo("Laporan");
    }

    @Test
    void themeToggleSwapsTheTokenSheet(FxRobot robot) {
        Theme before = window.themeProperty().get();
        robot.clickOn("#toggle-theme");
        assertThat(window.themeProperty().get()).isEqualTo(before.other());
        assertThat(robot.lookup("#toggle-theme").query().getScene().getStylesheets())
                .anySatisfy(s -> assertThat(s).endsWith("tokens-" + before.other().code() + ".css"));
        robot.clickOn("#toggle-theme");
        assertThat(window.themeProperty().get()).isEqualTo(before);
    }

    @Test
    void backupNowFromSettingsListsTheNewCopy(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        ListView<?> list = robot.lookup("#settings-backups").queryListView();
        int before = list.getItems().size();
        robot.clickOn("#settings-backup-now");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == before + 1);
        assertThat(robot.lookup("#settings-backup-message").queryLabeled().getText()).contains("lolos pemeriksaan");
    }

    private static String visibleTitle(FxRobot robot) {
        return robot.lookup(".screen-title").match(Node::isVisible).match(n -> n.getScene() != null
                && isShowing(n)).queryAs(Label.class).getText();
    }

    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getParent() != null && isAttachedToShellContent(n);
    }

    private static boolean isAttachedToShellContent(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("shell-content")) {
                return true;
            }
        }
        return false;
    }
}
