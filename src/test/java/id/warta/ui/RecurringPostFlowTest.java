package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Account;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.ui.calendar.CalendarView;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.editor.RepeatViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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

/** A weekly post made in the real editor shows on each of its days in the month view. */
@ExtendWith(ApplicationExtension.class)
class RecurringPostFlowTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    static {
        // A cold toolkit on a loaded machine can take longer than TestFX's 30 s to show the first window.
        if (System.getProperty("testfx.setup.timeout") == null) {
            System.setProperty("testfx.setup.timeout", "120000");
        }
    }

    @TempDir
    static Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ws = SqliteWorkspace.open(dir.resolve("rep-" + System.nanoTime() + ".db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        office.signIn(office.staff);
        window = new MainWindow(ws, new SameThreadTasks(), LocalPreferences.load(dir.resolve("rep-" + System.nanoTime()
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

    @Test
    @SuppressWarnings("unchecked")
    void aWeeklyPostIsRefusedWithoutAnEndThenShowsOnEveryWednesdayAndFridayOfTheMonth(FxRobot robot)
            throws Exception {
        robot.clickOn("#calendar-month");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-body").tryQuery().isPresent());
        robot.clickOn("#editor-title").write("Jumat Sehat");
        robot.clickOn("#editor-body").write("Senam bersama di halaman balai kota.");
        ComboBox<Account> accounts = robot.lookup("#editor-account").queryAs(ComboBox.class);
        robot.interact(() -> accounts.getSelectionModel().select(office.account));
        robot.clickOn("#editor-account-add"); // tomorrow, Wednesday 2 December, 09.00

        ComboBox<RepeatViewModel.Mode> mode = robot.lookup("#repeat-mode").queryAs(ComboBox.class);
        robot.interact(() -> mode.getSelectionModel().select(RepeatViewModel.Mode.WEEKLY));
        robot.clickOn("#repeat-day-fri");
        assertThat(robot.lookup("#repeat-day-wed").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();

        // No end yet: the save is refused in the window and nothing typed is lost.
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#repeat-problem").queryLabeled().getText()).contains("tanggal akhir");
        assertThat(robot.lookup("#repeat-problem").query().isVisible()).isTrue();
        assertThat(robot.lookup("#editor-status").queryLabeled().getText()).contains("tanggal akhir");
        assertThat(robot.lookup("#editor-title").queryTextInputControl().getText()).isEqualTo("Jumat Sehat");
        assertThat(window.calendar().entries()).isEmpty();

        DatePicker until = robot.lookup("#repeat-until").queryAs(DatePicker.class);
        robot.interact(() -> until.setValue(LocalDate.of(2026, 12, 31)));
        assertThat(robot.lookup("#repeat-summary").queryLabeled().getText())
                .isEqualTo("Setiap Rabu dan Jumat sampai 31 Des 2026 \u2014 9 kali");
        assertThat(robot.lookup("#repeat-problem").query().isVisible()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editor-status").queryLabeled().getText()).contains("tersimpan");

        List<CalendarEntry> shown = window.calendar().entries().stream()
                .filter(e -> e.title().equals("Jumat Sehat")).toList();
        assertThat(shown).hasSize(9).allSatisfy(e -> assertThat(e.recurring()).isTrue());
        assertThat(shown).extracting(e -> e.scheduledAt().atZone(WIB).getDayOfMonth())
                .containsExactly(2, 4, 9, 11, 16, 18, 23, 25, 30);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        CalendarView view = robot.lookup(".calendar-screen").queryAs(CalendarView.class);
        for (CalendarEntry e : shown) {
            assertThat(view.entriesOnScreen().entryOf(e.targetId())).as("drawn on %s", e.scheduledAt())
                    .hasValueSatisfying(entry -> {
                        assertThat(entry.getTitle()).startsWith("\u21bb Instagram");
                        assertThat(entry.getStartDate()).isEqualTo(e.scheduledAt().atZone(WIB).toLocalDate());
                    });
        }
        // Drawn in the month view with the repeat sign, once on each of the nine days.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#calendar-month-view .month-entry-view")
                .queryAllAs(com.calendarfx.view.MonthEntryView.class).stream()
                .filter(v -> "\u21bb Instagram \u00b7 Jumat Sehat".equals(v.getEntry().getTitle()))
                .map(v -> v.getEntry().getStartDate()).distinct().count() == 9);

        // Opening an occurrence says it belongs to a series and how edits reach the others.
        robot.interact(() -> window.openEditor(shown.get(3).postId()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#repeat-info").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#repeat-info").queryLabeled().getText()).contains("kejadian mendatang");
        assertThat(robot.lookup("#repeat-summary").queryLabeled().getText()).endsWith("9 kali");
    }
}
