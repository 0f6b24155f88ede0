package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.SqliteWorkspace;
import id.warta.app.TwoDesks;
import id.warta.app.WorkflowFixture;
import id.warta.service.Messages;
import id.warta.service.PostDraft;
import id.warta.service.PostEditingService;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.editor.EditorViewModel;
import id.warta.ui.editor.MergeDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The merge dialog in a real window: choose per field with the mouse or keyboard, save or cancel. */
@ExtendWith(ApplicationExtension.class)
class MergeDialogTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    static Path dir;
    TwoDesks desks;
    SqliteWorkspace sariDesk;
    SqliteWorkspace budiDesk;
    WorkflowFixture office;
    String postId;
    EditorViewModel budi;
    Stage owner;

    @Start
    void start(Stage stage) {
        desks = new TwoDesks(dir.resolve("merge-" + System.nanoTime() + ".db"), dir, CLOCK,
                "Perekaman KTP keliling hadir Sabtu ini.");
        sariDesk = desks.sari;
        budiDesk = desks.budi;
        office = desks.office;
        postId = desks.postId;
        budi = new EditorViewModel(budiDesk.editing(), budiDesk.ethics(), budiDesk.workflow(), new SameThreadTasks(),
                new SameThreadTasks(), new Messages(Messages.INDONESIAN), CLOCK, WIB, budiDesk.hashtagGroups(),
                budiDesk.media(), new SameThreadTasks());
        // An owner of its own: the primary stage stays as other screen tests expect it.
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(new Label("Editor")), 300, 200));
        owner.show();
        budi.setOnConflict(merge -> MergeDialog.show(owner, merge));
        budi.open(postId);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#merge-dialog") != null).toList()
                .forEach(javafx.stage.Window::hide));
        robot.interact(() -> owner.hide());
        desks.close();
    }

    /** Sari saves a new title and text while Budi changes both too, then Budi saves. */
    private void conflictOnTitleAndBody(FxRobot robot) throws Exception {
        PostEditingService editing = sariDesk.editing();
        PostDraft d = editing.open(postId);
        editing.save(new PostDraft(d.postId(), d.version(), d.clientId(), d.campaignId(), "Judul dari Sari",
                "Isi dari Sari.\nBaris kedua yang panjang.", d.contentType(), d.hashtags(), d.targets(), d.media(),
                d.link(), d.notes()));
        robot.interact(() -> {
            budi.titleProperty().set("Judul dari Budi");
            budi.bodyProperty().set("Isi dari Budi.");
            budi.save();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#merge-dialog").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String flow) {
        return robot.lookup(flow).queryAs(TextFlow.class).getChildren().stream().map(n -> ((Text) n).getText())
                .collect(java.util.stream.Collectors.joining());
    }

    @Test
    void pickingTheirsForOneFieldAndMineForTheOtherSavesThoseValues(FxRobot robot) throws Exception {
        conflictOnTitleAndBody(robot);
        assertThat(text(robot, "#merge-theirs-flow-0")).isEqualTo("Judul dari Sari");
        assertThat(text(robot, "#merge-mine-flow-1")).isEqualTo("Isi dari Budi.");
        assertThat(robot.lookup("#merge-mine-flow-1").queryAs(TextFlow.class).getChildren()).as("Budi's own word is marked")
                .filteredOn(n -> n.getStyleClass().contains("warta-merge-changed"))
                .extracting(n -> ((Text) n).getText()).containsExactly("Budi.");

        robot.clickOn("#merge-theirs-0");
        assertThat(robot.lookup("#merge-result-0").queryAs(TextArea.class).getText()).isEqualTo("Judul dari Sari");
        robot.clickOn("#merge-mine-1");
        robot.clickOn("#merge-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#merge-dialog").tryQuery().isEmpty());

        PostDraft stored = sariDesk.editing().open(postId);
        assertThat(stored.title()).isEqualTo("Judul dari Sari");
        assertThat(stored.body()).isEqualTo("Isi dari Budi.");
        assertThat(budi.titleProperty().get()).isEqualTo("Judul dari Sari");
        assertThat(budi.dirtyProperty().get()).isFalse();
    }

    @Test
    void theKeyboardAloneChoosesAndEnterSaves(FxRobot robot) throws Exception {
        conflictOnTitleAndBody(robot);
        robot.clickOn("#merge-mine-0");
        // A field's two choices are one radio group: arrows choose within it, Tab goes to the next field.
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#merge-theirs-0").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#merge-dialog").query().getScene().getFocusOwner().getId()).isEqualTo("merge-mine-1");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#merge-dialog").tryQuery().isEmpty());

        PostDraft stored = sariDesk.editing().open(postId);
        assertThat(stored.title()).isEqualTo("Judul dari Sari");
        assertThat(stored.body()).isEqualTo("Isi dari Budi.");
    }

    @Test
    void escapeCancelsAndNothingIsSaved(FxRobot robot) throws Exception {
        conflictOnTitleAndBody(robot);
        robot.clickOn("#merge-all-theirs");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#merge-dialog").tryQuery().isEmpty());

        assertThat(sariDesk.editing().open(postId).body()).isEqualTo("Isi dari Sari.\nBaris kedua yang panjang.");
        assertThat(budi.bodyProperty().get()).isEqualTo("Isi dari Budi.");
        assertThat(budi.problemProperty().get()).contains("belum disimpan");
    }
}
