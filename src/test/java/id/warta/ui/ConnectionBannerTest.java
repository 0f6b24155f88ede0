package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.LocalPreferences;
import id.warta.app.MainWindow;
import id.warta.app.SqliteWorkspace;
import id.warta.app.TestUsers;
import id.warta.domain.Client;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.SqliteDatabase;
import id.warta.service.FeedStatus;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.shell.ConnectionBanner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The team-mode strip and the live reload hook of the real main window (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class ConnectionBannerTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    @TempDir
    static Path dir;
    static SqliteWorkspace workspace;
    MainWindow window;

    @BeforeAll
    static void database() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), WIB);
        workspace = SqliteWorkspace.open(dir.resolve("live.db"), new DataPaths(dir), "test", clock,
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
        window = new MainWindow(workspace, new SameThreadTasks(), LocalPreferences.load(dir.resolve("settings.properties")),
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), WIB), "humas");
        window.attach(stage);
        stage.show();
    }

    @Test
    void hiddenOnASingleUserDatabaseThenShowsTheServerState(FxRobot robot) {
        Label banner = robot.lookup("#connection-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isFalse();

        robot.interact(() -> {
            window.showConnection(FeedStatus.offline(FeedStatus.Reason.LOST));
            window.showLastSynced(Instant.now());
        });
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("Sambungan ke server terputus — hanya baca.")
                .contains("Terakhir disinkronkan");
        assertThat(banner.getStyleClass()).contains("connection-offline");

        robot.interact(() -> window.showConnection(FeedStatus.ONLINE));
        assertThat(banner.getText()).isEqualTo("Terhubung ke server tim");
        assertThat(banner.getStyleClass()).contains("connection-online").doesNotContain("connection-offline");
    }

    @Test
    void aLiveReloadShowsWhatAnotherDesktopWrote(FxRobot robot) {
        String before = robot.lookup("#status-counts").queryLabeled().getText();
        try (SqliteDatabase other = SqliteDatabase.open(dir.resolve("live.db"), "test")) {
            other.newTransactor().writeRun(() -> new JdbcClientRepository(other).save(Client.create("Klien dari meja lain", null)));
        }
        robot.interact(window::reloadLiveData);
        String after = robot.lookup("#status-counts").queryLabeled().getText();
        assertThat(after).isNotEqualTo(before);
        assertThat(Integer.parseInt(after.split(" ")[0])).isEqualTo(Integer.parseInt(before.split(" ")[0]) + 1);
    }

    @Test
    void wordsInBothLanguages() {
        Instant synced = Instant.parse("2026-11-23T02:15:00Z");
        Instant now = Instant.parse("2026-11-23T05:00:00Z");
        FeedStatus frozen = FeedStatus.offline(FeedStatus.Reason.NOT_RESPONDING);
        assertThat(ConnectionBanner.text(null, synced, new Messages(Locale.forLanguageTag("id")), WIB, now)).isEmpty();
        assertThat(ConnectionBanner.text(frozen, synced, new Messages(Locale.forLanguageTag("id")), WIB, now))
                .isEqualTo("Server tidak menjawab — hanya baca. Menyambung lagi… Terakhir disinkronkan 09:15.");
        assertThat(ConnectionBanner.text(FeedStatus.offline(FeedStatus.Reason.UNREACHABLE), synced,
                new Messages(Locale.ENGLISH), WIB, now.plusSeconds(86_400)))
                .isEqualTo("Not connected to the server — read-only. Trying again… Last synced 23/11 09:15.");
    }
}
