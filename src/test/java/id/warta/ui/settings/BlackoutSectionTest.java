package id.warta.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings sections for blackouts and account posting hours, as an administrator and as staff. */
@ExtendWith(ApplicationExtension.class)
class BlackoutSectionTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    static Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    int changes;

    @Start
    void start(Stage stage) {
        ws = SqliteWorkspace.open(dir.resolve("rules-" + System.nanoTime() + ".db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        office.signIn(office.admin);
        Messages messages = new Messages(Messages.INDONESIAN);
        BlackoutsViewModel admin = new BlackoutsViewModel(ws.planningRules(), ws.planning()::clients,
                new SameThreadTasks(), messages, true, WIB, () -> changes++);
        AccountPlansViewModel plans = new AccountPlansViewModel(ws.planningRules(), ws.planning()::clients,
                new SameThreadTasks(), messages, true, () -> changes++);
        BlackoutsViewModel staff = new BlackoutsViewModel(ws.planningRules(), ws.planning()::clients,
                new SameThreadTasks(), messages, false, WIB, () -> { });
        admin.load();
        admin.startNew();
        plans.load();
        staff.load();
        BlackoutSection readOnly = new BlackoutSection(staff, messages);
        readOnly.setId("blackout-section-staff");
        VBox root = new VBox(16, new BlackoutSection(admin, messages), new AccountPlansSection(plans, messages),
                readOnly);
        stage.setScene(new Scene(new javafx.scene.control.ScrollPane(root), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anAdministratorAddsARefusingBlackoutForOneClient(FxRobot robot) {
        robot.clickOn("#blackout-save");
        assertThat(robot.lookup("#blackout-message").queryLabeled().getText()).contains("Beri nama");
        assertThat(ws.planningRules().blackouts()).isEmpty();

        robot.clickOn("#blackout-name").write("Masa tenang Pilkada");
        robot.clickOn("#blackout-reason").write("Hari tenang pemungutan suara");
        robot.interact(() -> {
            robot.lookup("#blackout-start-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 7));
            robot.lookup("#blackout-end-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 10));
            @SuppressWarnings("unchecked")
            ComboBox<BlackoutMode> mode = robot.lookup("#blackout-mode").queryAs(ComboBox.class);
            mode.setValue(BlackoutMode.REFUSE);
            @SuppressWarnings("unchecked")
            ComboBox<BlackoutScope> scope = robot.lookup("#blackout-scope").queryAs(ComboBox.class);
            scope.setValue(BlackoutScope.CLIENT);
        });
        robot.clickOn("#blackout-save");
        assertThat(robot.lookup("#blackout-message").queryLabeled().getText()).contains("Pilih klien");

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<id.warta.domain.Client> client = robot.lookup("#blackout-client").queryAs(ComboBox.class);
            client.getSelectionModel().select(office.client);
        });
        robot.clickOn("#blackout-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#blackout-message").queryLabeled().getText()).contains("disimpan");
        assertThat(ws.planningRules().blackouts()).singleElement().satisfies((Blackout b) -> {
            assertThat(b.mode()).isEqualTo(BlackoutMode.REFUSE);
            assertThat(b.clientId()).isEqualTo(office.client.id());
            assertThat(b.start()).isEqualTo(ZonedDateTime.of(2026, 12, 7, 0, 0, 0, 0, WIB).toInstant());
        });
        ListView<?> list = robot.lookup("#blackout-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(changes).isEqualTo(1);

        // Staff see the notice, not the form.
        assertThat(robot.lookup("#blackout-section-staff #blackout-readonly").queryLabeled().isVisible()).isTrue();

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#blackout-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ws.planningRules().blackouts()).isEmpty();
    }

    @Test
    void anAdministratorSetsPostingHoursAndATargetForAnAccount(FxRobot robot) {
        TableView<?> table = robot.lookup("#account-plans-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#account-plan-from").write("06:00");
        robot.clickOn("#account-plan-to").write("21:00");
        robot.clickOn("#account-plan-cadence").write("3");
        robot.clickOn("#account-plan-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ws.planningRules().plans().get(office.account.id())).satisfies(p -> {
            assertThat(p.hours().text()).isEqualTo("06:00\u201321:00");
            assertThat(p.postsPerWeek()).isEqualTo(3);
        });
        assertThat(((AccountPlansViewModel.Row) table.getItems().get(0)).hoursText()).isEqualTo("06:00\u201321:00 WIB");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.doubleClickOn("#account-plan-cadence").write("x");
        robot.clickOn("#account-plan-save");
        assertThat(robot.lookup("#account-plans-message").queryLabeled().getText()).contains("angka 1 sampai");
    }
}
