package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.CalendarEntry;
import id.warta.domain.Ids;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.persistence.EmbeddedPostgresSupport;
import id.warta.persistence.JdbcUserRepository;
import id.warta.persistence.PostgresDatabase;
import id.warta.persistence.TestDatabases;
import id.warta.service.PasswordHasher;
import id.warta.service.ReadOnlyException;
import id.warta.service.ReadOnlyMode;
import id.warta.service.StorageException;
import id.warta.service.TeamException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The desktop's workspace on the team server (embedded PostgreSQL 14, real per-person logins):
 * a staff login signs in as the Warta user of the same name and sees only the calendar of its
 * assigned clients (row-level security); a login without a Warta user, and a schema at another
 * version, are refused with readable reasons; a read-only session writes nothing.
 */
@TestInstance(Lifecycle.PER_CLASS)
class TeamWorkspaceTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant AT = Instant.parse("2026-12-10T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);

    String database;
    String url;
    String prefix = "tg" + Ids.newId().substring(0, 6).toLowerCase().replaceAll("[^a-z0-9]", "x");

    @BeforeAll
    void setUp() {
        database = EmbeddedPostgresSupport.newOwnedDatabase();
        url = EmbeddedPostgresSupport.url(database);
        for (String login : List.of(staff(), stranger())) {
            EmbeddedPostgresSupport.superuser("CREATE ROLE " + login + " LOGIN PASSWORD '" + login + "-pw' IN ROLE warta_staff");
        }
        try (PostgresDatabase owner = PostgresDatabase.open(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA)) {
            String[] mine = TestDatabases.clientWithAccount(owner);
            String[] theirs = TestDatabases.clientWithAccount(owner);
            TestDatabases.addPost(owner, mine[0], mine[1], "Imunisasi anak", AT);
            TestDatabases.addPost(owner, theirs[0], theirs[1], "Siaga banjir", AT);
            JdbcUserRepository users = new JdbcUserRepository(owner);
            // The Warta username differs in case from the login: the match ignores case.
            User sari = new User(Ids.newId(), staff().toUpperCase(), "Sari", Set.of(Role.STAFF), true, 0);
            owner.newTransactor().writeRun(() -> {
                users.save(sari);
                users.assign(sari.id(), mine[0]);
            });
        }
    }

    String staff() {
        return prefix + "_sari";
    }

    String stranger() {
        return prefix + "_tamu";
    }

    TeamWorkspace openAs(String login, String db) {
        Properties p = new Properties();
        p.setProperty("user", login);
        p.setProperty("password", login + "-pw");
        return TeamWorkspace.over(PostgresDatabase.open(EmbeddedPostgresSupport.url(db), p, EmbeddedPostgresSupport.SCHEMA),
                Path.of("kantor.team"), CLOCK, new PasswordHasher(1_000, new SecureRandom()));
    }

    @Test
    void aStaffLoginSeesTheCalendarOfItsAssignedClientsOnly() {
        try (TeamWorkspace team = openAs(staff(), database)) {
            User me = team.signIn(staff());
            assertThat(me.displayName()).isEqualTo("Sari");
            assertThat(team.auth().current().user()).contains(me);
            List<CalendarEntry> december = team.planning().between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WIB);
            assertThat(december).extracting(CalendarEntry::title).containsExactly("Imunisasi anak");
            assertThat(team.location()).contains(database).doesNotContain("-pw");
            assertThat(team.backups().list()).isEmpty();
            assertThatThrownBy(() -> team.backups().backupNow()).isInstanceOfSatisfying(TeamException.class,
                    e -> assertThat(e.reason()).isEqualTo(TeamException.Reason.SERVER_BACKUPS));
        }
    }

    @Test
    void aLoginWithoutAWartaUserIsToldSo() {
        try (TeamWorkspace team = openAs(stranger(), database)) {
            assertThatThrownBy(() -> team.signIn(stranger())).isInstanceOfSatisfying(TeamException.class, e -> {
                assertThat(e.reason()).isEqualTo(TeamException.Reason.NO_APP_USER);
                assertThat(e.arguments()).contains(stranger());
            });
            assertThat(team.auth().current().user()).isEmpty();
        }
    }

    @Test
    void aReadOnlySessionWritesNothing() {
        try (TeamWorkspace team = openAs(staff(), database)) {
            team.signIn(staff());
            team.readOnly().set(ReadOnlyMode.Reason.of("readOnly.reason.offline", "10:15"));
            var client = team.planning().clients().get(0);
            assertThatThrownBy(() -> team.hashtagGroups().add(client.id(), "Kesehatan", "#Sehat #Imunisasi"))
                    .isInstanceOf(ReadOnlyException.class);
            team.auth().signOut();
            assertThat(team.auth().current().user()).isEmpty();
            team.readOnly().clear();
            assertThat(team.hashtagGroups().groupsOf(client.id())).isEmpty();
        }
    }

    @Test
    void anOlderTeamSchemaIsRefusedAndNamesTheMigrateCommand() {
        String older = EmbeddedPostgresSupport.newDatabase();
        EmbeddedPostgresSupport.superuserIn(older, "DELETE FROM warta.flyway_schema_history WHERE version = '"
                + id.warta.persistence.SchemaVersion.latest() + "'");
        assertThatThrownBy(() -> PostgresDatabase.open(EmbeddedPostgresSupport.url(older),
                EmbeddedPostgresSupport.superuserProperties(), EmbeddedPostgresSupport.SCHEMA))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageException.Reason.OLDER_SCHEMA);
                    assertThat(e.messageKey()).isEqualTo("storage.error.older.schema");
                });
    }

    @Test
    void aNewerTeamSchemaIsRefusedAndNamesTheWartaVersionThatWroteIt() {
        String newer = EmbeddedPostgresSupport.newDatabase();
        EmbeddedPostgresSupport.superuserIn(newer, "INSERT INTO warta.flyway_schema_history(installed_rank, version, "
                + "description, type, script, installed_by, execution_time, success) VALUES (999, '99', 'future', 'SQL', "
                + "'V99__future.sql', 'postgres', 0, TRUE)");
        EmbeddedPostgresSupport.superuserIn(newer, "INSERT INTO warta.setting(key, value) VALUES ('app.version', '3.1.0') "
                + "ON CONFLICT (key) DO UPDATE SET value = '3.1.0'");
        assertThatThrownBy(() -> PostgresDatabase.open(EmbeddedPostgresSupport.url(newer),
                EmbeddedPostgresSupport.superuserProperties(), EmbeddedPostgresSupport.SCHEMA))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageException.Reason.NEWER_SCHEMA);
                    assertThat(e.arguments()).contains("99", "3.1.0");
                });
    }
}
