package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import id.warta.domain.Ids;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.persistence.EmbeddedPostgresSupport;
import id.warta.persistence.JdbcUserRepository;
import id.warta.persistence.PostgresDatabase;
import id.warta.persistence.TestDatabases;
import id.warta.service.InMemoryKeyring;
import id.warta.service.Messages;
import id.warta.service.PasswordHasher;
import id.warta.service.ReadOnlyMode;
import id.warta.service.SessionSecretStore;
import id.warta.service.TeamException;
import id.warta.service.TeamPasswords;
import id.warta.service.TeamProfile;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import java.util.concurrent.TimeUnit;

/**
 * The team window headless: the sign-in card refuses a wrong password with the server's reason,
 * the right one opens the calendar of the team database (embedded PostgreSQL), a remembered
 * password goes to the keyring and nowhere else (preferences file and log grepped), and a
 * read-only session shows its banner and disables "new post".
 */
@ExtendWith(ApplicationExtension.class)
class TeamSignInFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final String PASSWORD = "Sandi-Tim-7731-rahasia";
    private static String database;
    private static String login;

    @TempDir
    Path dir;
    Stage stage;
    TeamProfile profile;
    LocalPreferences preferences;
    InMemoryKeyring keyring = new InMemoryKeyring();
    AtomicReference<TeamSession> current = new AtomicReference<>();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    ch.qos.logback.classic.Logger root;
    Level rootLevel;

    @BeforeAll
    static void teamDatabase() {
        database = EmbeddedPostgresSupport.newOwnedDatabase();
        login = "tgui" + Ids.newId().substring(0, 6).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
        EmbeddedPostgresSupport.superuser("CREATE ROLE " + login + " LOGIN PASSWORD 'x' IN ROLE warta_staff");
        try (PostgresDatabase owner = PostgresDatabase.open(EmbeddedPostgresSupport.url(database),
                EmbeddedPostgresSupport.ownerProperties(), EmbeddedPostgresSupport.SCHEMA)) {
            String[] client = TestDatabases.clientWithAccount(owner);
            TestDatabases.addPost(owner, client[0], client[1], "Imunisasi anak", Instant.parse("2026-12-10T02:00:00Z"));
            JdbcUserRepository users = new JdbcUserRepository(owner);
            User sari = new User(Ids.newId(), login, "Sari Tim", Set.of(Role.STAFF), true, 0);
            owner.newTransactor().writeRun(() -> {
                users.save(sari);
                users.assign(sari.id(), client[0]);
            });
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1280, 800));
        stage.show();
    }

    @BeforeEach
    void profileAndLog() throws Exception {
        Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        Path file = dir.resolve("kantor.team");
        Files.writeString(file, "host=localhost\nport=" + EmbeddedPostgresSupport.server().getPort() + "\ndatabase="
                + database + "\nschema=warta\nca.file=ca.pem\n");
        profile = TeamProfile.load(file);
        preferences = LocalPreferences.load(dir.resolve("settings.properties"));
        root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void close() {
        root.detachAppender(log);
        root.setLevel(rootLevel);
        TeamSession open = current.getAndSet(null);
        if (open != null) {
            open.close();
        }
    }

    /**
     * Stands in for the TLS server's password check (the embedded server trusts local logins): the password arrives
     * through the same supplier the driver's authentication plugin asks, and a wrong one is refused as the server's
     * refusal is translated.
     */
    private TeamWorkspace open(TeamProfile p, String user, java.util.function.Supplier<char[]> password) {
        char[] given = password.get();
        boolean right = Arrays.equals(given, PASSWORD.toCharArray());
        Arrays.fill(given, '\0');
        if (!right) {
            throw new TeamException(TeamException.Reason.LOGIN_FAILED, user, p.address());
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        return TeamWorkspace.over(PostgresDatabase.open(EmbeddedPostgresSupport.url(database), props,
                EmbeddedPostgresSupport.SCHEMA), p.file(), CLOCK, new PasswordHasher(1_000, new SecureRandom()));
    }

    private void showCard(FxRobot robot, TeamPasswords passwords) {
        showCard(robot, passwords, new SameThreadTasks());
    }

    private void showCard(FxRobot robot, TeamPasswords passwords, id.warta.ui.common.BackgroundTasks tasks) {
        TeamSessionFlow flow = new TeamSessionFlow(stage, profile, passwords, new TeamChoices(preferences, passwords),
                tasks, new Messages(Locale.forLanguageTag("id")), preferences, CLOCK, this::open, current,
                () -> true);
        robot.interact(flow::showCard);
    }

    private void signIn(FxRobot robot, String password, boolean remember) {
        robot.interact(() -> robot.lookup("#team-login").queryAs(javafx.scene.control.TextField.class).setText(login));
        robot.clickOn("#team-password").write(password);
        if (remember) {
            robot.clickOn("#team-remember");
        }
        robot.clickOn("#team-submit");
    }

    @Test
    void aWrongPasswordShowsTheServersRefusalAndTheRightOneOpensTheTeamCalendar(FxRobot robot) throws Exception {
        // The application's own database thread: connecting happens off the FX thread, and its failures are logged.
        DatabaseExecutor executor = new DatabaseExecutor();
        showCard(robot, new TeamPasswords(() -> Optional.of(keyring), new SessionSecretStore()), executor);
        signIn(robot, "bukan-sandinya", false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#team-error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#team-error").queryAs(Label.class).getText())
                .startsWith("Login " + login + " ditolak oleh localhost:")
                .contains("kata sandi salah");
        assertThat(robot.lookup("#team-password").queryAs(javafx.scene.control.PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#calendar-month").tryQuery()).isEmpty();

        signIn(robot, PASSWORD, true);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#calendar-month").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current.get().auth().current().user()).hasValueSatisfying(u -> assertThat(u.username()).isEqualTo(login));
        assertThat(keyring.entries()).containsValue(PASSWORD);

        // The password is in the keyring and nowhere else: not in this computer's preferences, not in the log.
        preferences.save();
        executor.close();
        String settings = Files.readString(dir.resolve("settings.properties"));
        assertThat(settings).contains(TeamChoices.LOGIN_KEY + "=" + login).doesNotContain(PASSWORD);
        String logged = log.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                : ThrowableProxyUtil.asString(e.getThrowableProxy()))).collect(Collectors.joining("\n"));
        assertThat(log.list).isNotEmpty();
        assertThat(logged).doesNotContain(PASSWORD);
    }

    @Test
    void withoutAKeyringTheSignInStillWorksForTheSession(FxRobot robot) {
        TeamPasswords sessionOnly = new TeamPasswords(() -> {
            throw new IllegalStateException("No available keyring backend found");
        }, new SessionSecretStore());
        showCard(robot, sessionOnly);
        signIn(robot, PASSWORD, true);
        assertThat(robot.lookup("#calendar-month").tryQuery()).isPresent();
        assertThat(sessionOnly.hasKeyring()).isFalse();
        assertThat(sessionOnly.remembered(TeamPasswords.account(profile, login))).isPresent();
    }

    @Test
    void aReadOnlySessionShowsWhyAndDisablesNewPost(FxRobot robot) {
        showCard(robot, new TeamPasswords(Optional::empty, new SessionSecretStore()));
        signIn(robot, PASSWORD, false);
        Node banner = robot.lookup("#read-only-banner").query();
        assertThat(banner.isVisible()).isFalse();
        assertThat(robot.lookup("#calendar-new-post").query().isDisabled()).isFalse();

        robot.interact(() -> current.get().readOnly().set(ReadOnlyMode.Reason.offline("10.15")));
        robot.interact(() -> { });
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#read-only-text").queryAs(Label.class).getText())
                .startsWith("Hanya-baca: server tim tidak terjangkau").contains("10.15");
        assertThat(robot.lookup("#calendar-new-post").query().isDisabled()).isTrue();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.listWindows()).hasSize(1);

        robot.interact(() -> current.get().readOnly().clear());
        robot.interact(() -> { });
        assertThat(banner.isVisible()).isFalse();
        assertThat(robot.lookup("#calendar-new-post").query().isDisabled()).isFalse();
    }
}
