package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.PasswordHasher;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window's way in, headless: sign-in, first start and the demo's "try as". */
@ExtendWith(ApplicationExtension.class)
class SignInFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final String PASSWORD = "kata-sandi-rahasia";

    @TempDir
    Path dir;
    SqliteWorkspace workspace;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private void open(String name, java.util.function.Consumer<SqliteWorkspace> prepare, FxRobot robot) {
        workspace = SqliteWorkspace.open(dir.resolve(name), new DataPaths(dir), "test", CLOCK,
                new PasswordHasher(1_000, new SecureRandom()));
        prepare.accept(workspace);
        SessionFlow flow = new SessionFlow(workspace, new SameThreadTasks(),
                LocalPreferences.load(dir.resolve("settings.properties")), CLOCK, "humas", stage,
                new SessionFlow.Listener() {
                    @Override
                    public void gateShown() {
                    }

                    @Override
                    public void mainShown(MainWindow window) {
                    }
                });
        robot.interact(flow::start);
    }

    @Test
    void aWrongPasswordIsExplainedAndTheRightOneReachesTheCalendar(FxRobot robot) {
        open("masuk.db", ws -> {
            ws.auth().createFirstAdmin("admin", "Admin Humas", PASSWORD.toCharArray());
            ws.auth().signOut();
        }, robot);
        assertThat(robot.lookup("#calendar-month").tryQuery()).isEmpty();
        robot.clickOn("#signin-username").write("admin");
        robot.clickOn("#signin-password").write("bukan-sandinya");
        robot.clickOn("#signin-submit");
        assertThat(robot.lookup("#signin-error").queryAs(Label.class).getText())
                .isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(robot.lookup("#calendar-month").tryQuery()).isEmpty();

        robot.clickOn("#signin-password").write(PASSWORD);
        robot.clickOn("#signin-submit");
        assertThat(robot.lookup("#calendar-month").queryLabeled().getText()).isEqualTo("November 2026");
        assertThat(robot.lookup("#status-user").queryLabeled().getText()).isEqualTo("Masuk sebagai Admin Humas");

        robot.clickOn("#user-menu").clickOn("#user-sign-out");
        assertThat(robot.lookup("#signin-username").tryQuery()).isPresent();
        assertThat(workspace.auth().current().user()).isEmpty();
    }

    @Test
    void aDemoOpensAsItsSupervisorAndTryAsSwitchesWithoutAPassword(FxRobot robot) {
        open("demo.db", ws -> ws.demo().load(), robot);
        assertThat(robot.lookup("#status-user").queryLabeled().getText()).isEqualTo("Masuk sebagai Sri Wahyuningsih");
        assertThat(robot.lookup("#demo-banner").queryLabeled().isVisible()).isTrue();
        robot.clickOn("#demo-switcher").clickOn("#try-as-demo-staf");
        assertThat(robot.lookup("#status-user").queryLabeled().getText()).isEqualTo("Masuk sebagai Rina Kusumawati");
        assertThat(workspace.auth().current().get()).isEqualTo("demo.staf");
    }

    @Test
    void anEmptyDatabaseAsksForTheAdministratorFirst(FxRobot robot) {
        open("baru.db", ws -> { }, robot);
        robot.clickOn("#firstadmin-username").write("admin");
        robot.clickOn("#firstadmin-name").write("Admin Humas");
        robot.clickOn("#firstadmin-password").write(PASSWORD);
        robot.clickOn("#firstadmin-repeat").write(PASSWORD + "x");
        robot.clickOn("#firstadmin-create");
        assertThat(robot.lookup("#firstadmin-error").queryAs(Label.class).getText())
                .isEqualTo("Kedua kata sandi tidak sama.");
        robot.clickOn("#firstadmin-password").write(PASSWORD);
        robot.clickOn("#firstadmin-repeat").write(PASSWORD);
        robot.clickOn("#firstadmin-create");
        assertThat(robot.lookup("#status-user").queryLabeled().getText()).isEqualTo("Masuk sebagai Admin Humas");
        assertThat(workspace.auth().needsFirstAdmin()).isFalse();
    }
}
