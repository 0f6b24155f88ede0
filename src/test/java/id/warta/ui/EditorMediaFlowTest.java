package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Finding;
import id.warta.domain.Severity;
import id.warta.service.EthicsService;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.editor.EditorWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Attaching an image in the real editor window: the missing alt text blocks, typing one clears it. */
@ExtendWith(ApplicationExtension.class)
class EditorMediaFlowTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    static {
        // The first TestFX class of a fork builds the whole main window; on a loaded 2-core machine
        // that took longer than TestFX's 30 s setup default. Waiting longer changes no assertion.
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @TempDir
    static Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ws = SqliteWorkspace.open(dir.resolve("media-" + System.nanoTime() + ".db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        office.signIn(office.staff);
        window = new MainWindow(ws, new SameThreadTasks(), LocalPreferences.load(dir.resolve("m-" + System.nanoTime()
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

    private static List<Finding> altFindings(ListView<Finding> findings) {
        return findings.getItems().stream().filter(f -> f.ruleId().equals(EthicsService.ALT_TEXT_RULE)).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anImageWithoutAltTextBlocksAndTypingAnAltTextClearsIt(FxRobot robot) throws Exception {
        Path poster = dir.resolve("poster-" + System.nanoTime() + ".png");
        ImageIO.write(new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB), "png", poster.toFile());
        AtomicReference<EditorWindow> editor = new AtomicReference<>();
        robot.interact(() -> editor.set(window.openEditor(null)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-body").tryQuery().isPresent());
        robot.clickOn("#editor-body").write("Jadwal vaksinasi anak Sabtu ini di puskesmas.");
        robot.interact(() -> {
            editor.get().chooseFilesWith(owner -> List.of(poster));
            for (Node n : editor.get().stage().getScene().getRoot().lookupAll(".tab-pane")) {
                TabPane tabs = (TabPane) n;
                tabs.getTabs().stream().filter(t -> "editor-tab-media".equals(t.getId())).findFirst()
                        .ifPresent((Tab t) -> tabs.getSelectionModel().select(t));
            }
        });

        robot.clickOn("#editor-media-attach");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".media-card").tryQuery().isPresent());
        ListView<Finding> findings = robot.lookup("#editor-findings").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !altFindings(findings).isEmpty());

        assertThat(altFindings(findings)).singleElement().satisfies(f ->
                assertThat(f.severity()).isEqualTo(Severity.BLOCK));
        assertThat(robot.lookup("#editor-submit").queryButton().getText()).contains("memblokir");
        assertThat(robot.lookup(".media-card").query().getStyleClass()).contains("media-needs-alt");
        assertThat(robot.lookup("#editor-media-alt-missing").queryLabeled().getText()).contains("1 gambar");

        robot.clickOn(".media-alt").write("Poster jadwal vaksinasi anak");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> altFindings(findings).isEmpty());

        assertThat(robot.lookup(".media-card").query().getStyleClass()).doesNotContain("media-needs-alt");
        assertThat(robot.lookup("#editor-media-alt-missing").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#editor-submit").queryButton().getText()).doesNotContain("memblokir");
    }
}
