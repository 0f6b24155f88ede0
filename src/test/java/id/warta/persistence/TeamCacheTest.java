package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.AuditEntry;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.WorkflowState;
import id.warta.ical.IcsEncoder;
import id.warta.service.ExportFilter;
import id.warta.service.ExportService;
import id.warta.service.Messages;
import id.warta.service.StorageException;
import id.warta.service.UnsavedExportLedger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline copy of a team database under a staff login: only that login's clients, no secrets,
 * read-only, exports iCalendar with the server's UIDs, and a failed refresh keeps the last copy.
 */
class TeamCacheTest {
    static final String STAFF = "live_sari";

    @TempDir
    Path dataFolder;

    String url;
    String visibleTitle = "Imunisasi anak";
    String hiddenTitle = "Rahasia BPBD";
    String visibleTargetId;

    @BeforeEach
    void setUp() throws SQLException {
        url = EmbeddedPostgresSupport.url(EmbeddedPostgresSupport.newOwnedDatabase());
        EmbeddedPostgresSupport.superuser("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + STAFF
                + "') THEN CREATE ROLE " + STAFF + " LOGIN PASSWORD '" + STAFF + "-pw' IN ROLE warta_staff; END IF; END $$");
        try (PostgresDatabase owner = PostgresDatabase.open(url, ChangeFeedTest.login(EmbeddedPostgresSupport.OWNER),
                EmbeddedPostgresSupport.SCHEMA)) {
            Client a = Client.create("Dinas Kesehatan", null);
            Client b = Client.create("BPBD", null);
            Account accountA = Account.create(a.id(), Channel.INSTAGRAM, "@dinkes", null, AccountZone.WIB);
            Account accountB = Account.create(b.id(), Channel.X, "@bpbd", null, AccountZone.WIB);
            User sari = new User(Ids.newId(), STAFF, "Sari", Set.of(Role.STAFF), true, 0);
            Instant at = Instant.now().plus(Duration.ofDays(3));
            Post visible = TestDatabases.post(a.id(), visibleTitle, WorkflowState.IN_REVIEW, at);
            Post hidden = TestDatabases.post(b.id(), hiddenTitle, WorkflowState.IN_REVIEW, at);
            PostTarget targetA = PostTarget.create(visible.id(), accountA.id(), at);
            visibleTargetId = targetA.id();
            owner.newTransactor().writeRun(() -> {
                new JdbcClientRepository(owner).save(a);
                new JdbcClientRepository(owner).save(b);
                new JdbcAccountRepository(owner).save(accountA);
                new JdbcAccountRepository(owner).save(accountB);
                JdbcUserRepository users = new JdbcUserRepository(owner);
                users.save(sari);
                users.assign(sari.id(), a.id());
                JdbcPostRepository posts = new JdbcPostRepository(owner);
                posts.save(visible);
                posts.save(hidden);
                posts.saveTarget(targetA);
                posts.saveTarget(PostTarget.create(hidden.id(), accountB.id(), at));
                JdbcAuditRepository audit = new JdbcAuditRepository(owner);
                for (Post p : List.of(visible, hidden)) {
                    audit.append(new AuditEntry(0, Ids.newId(), at, "x", "post.create", "post", p.id(), "",
                            "{\"title\":\"" + p.title() + "\"}", "", ""));
                }
            });
            try (Statement st = owner.connection().createStatement()) {
                st.execute("UPDATE app_user SET password_hash = 'pbkdf2-sha256$600000$salt$hash'");
                st.execute("INSERT INTO ical_feed (id, name, token, created_at) VALUES ('f1', 'Semua', 'secret-token', now())");
                // The server's ledger: the copy must export with the same UID.
                st.execute("INSERT INTO ical_publication (target_id, uid, sequence, fingerprint, last_modified) VALUES ('"
                        + visibleTargetId + "', 'server-uid@warta.id', 0, 'old', now())");
            }
        }
    }

    TeamCache cacheFor(String user, String password) {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        return new TeamCache(url, login, EmbeddedPostgresSupport.SCHEMA, dataFolder.resolve("team-cache/test.db"));
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void theCopyHoldsOnlyWhatTheLoginSeesOpensReadOnlyAndExportsICalendar() throws Exception {
        TeamCache cache = cacheFor(STAFF, STAFF + "-pw");
        Instant before = Instant.now().minusSeconds(5);
        TeamCache.Refreshed r = cache.refresh();
        assertThat(r.clients()).isEqualTo(1);
        assertThat(r.posts()).isEqualTo(1);
        assertThat(cache.file()).exists();
        try (var files = Files.list(cache.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("test.db");
        }
        String digest = TeamTransfers.sha256(cache.file());

        try (TeamCache.Snapshot snapshot = TeamCache.openReadOnly(cache.file()).orElseThrow()) {
            assertThat(snapshot.syncedAt()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
            assertThat(snapshot.syncedAt()).isEqualTo(r.syncedAt());
            SqliteDatabase db = snapshot.database();
            Connection c = db.connection();
            assertThat(strings(c, "SELECT name FROM client")).containsExactly("Dinas Kesehatan");
            assertThat(strings(c, "SELECT title FROM post")).containsExactly(visibleTitle);
            assertThat(strings(c, "SELECT handle FROM account")).containsExactly("@dinkes");
            assertThat(strings(c, "SELECT after_json FROM audit_log")).noneMatch(j -> j.contains(hiddenTitle)).hasSize(1);
            assertThat(strings(c, "SELECT DISTINCT password_hash FROM app_user")).containsExactly("");
            assertThat(strings(c, "SELECT token FROM ical_feed")).isEmpty();

            assertThatThrownBy(() -> db.newTransactor().writeRun(() -> new JdbcClientRepository(db)
                    .save(Client.create("Baru", null)))).isInstanceOf(StorageException.class);

            ExportService export = new ExportService(db.newTransactor(),
                    new UnsavedExportLedger(new JdbcExportRepository(db)), new JdbcClientRepository(db),
                    new JdbcAccountRepository(db), new JdbcCampaignRepository(db), new JdbcSettingRepository(db),
                    new IcsEncoder(), Clock.systemUTC());
            Path ics = dataFolder.resolve("jadwal.ics");
            assertThat(export.writeTo(ExportFilter.everything(), ics, new Messages(Locale.forLanguageTag("id"))))
                    .isEqualTo(1);
            String text = Files.readString(ics, StandardCharsets.UTF_8);
            ICalendar calendar = Biweekly.parse(text).first();
            assertThat(calendar).isNotNull();
            List<VEvent> events = calendar.getEvents();
            assertThat(events).hasSize(1);
            assertThat(events.get(0).getUid().getValue()).isEqualTo("server-uid@warta.id");
            assertThat(events.get(0).getSummary().getValue()).contains(visibleTitle);
            assertThat(text).doesNotContain(hiddenTitle);
        }
        assertThat(TeamTransfers.sha256(cache.file())).as("reading and exporting leave the copy as it was")
                .isEqualTo(digest);
    }

    @Test
    void aFailedRefreshLeavesThePreviousCopyIntact() throws Exception {
        TeamCache cache = cacheFor(STAFF, STAFF + "-pw");
        TeamCache.Refreshed first = cache.refresh();
        String digest = TeamTransfers.sha256(cache.file());

        assertThatThrownBy(() -> cacheFor("live_nobody", "x").refresh()).as("refused login").isInstanceOf(RuntimeException.class);
        // A failure half-way through the copy, after the new file was started.
        EmbeddedPostgresSupport.superuserIn(url.substring(url.lastIndexOf('/') + 1),
                "REVOKE SELECT ON warta.post_note FROM warta_staff");
        assertThatThrownBy(cache::refresh).isInstanceOf(StorageException.class);

        assertThat(TeamTransfers.sha256(cache.file())).isEqualTo(digest);
        try (var files = Files.list(cache.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no .part left behind").containsExactly("test.db");
        }
        try (TeamCache.Snapshot snapshot = TeamCache.openReadOnly(cache.file()).orElseThrow()) {
            assertThat(snapshot.syncedAt()).isEqualTo(first.syncedAt());
            assertThat(strings(snapshot.database().connection(), "SELECT title FROM post")).containsExactly(visibleTitle);
        }
    }

    @Test
    void noCopyYetOrOneFromAnotherVersionIsSimplyAbsent() throws Exception {
        assertThat(TeamCache.openReadOnly(dataFolder.resolve("team-cache/none.db"))).isEmpty();
        Path old = dataFolder.resolve("old.db");
        try (SqliteDatabase db = SqliteDatabase.open(old, "test")) {
            try (Statement st = db.connection().createStatement()) {
                st.execute("UPDATE flyway_schema_history SET version = '99' WHERE version = '14'");
            }
        }
        assertThat(TeamCache.openReadOnly(old)).isEmpty();
    }

    @Test
    void eachLoginAndServerHasItsOwnFile() {
        var profile = new id.warta.service.TeamProfile(dataFolder.resolve("k.team"), "db.example.go.id", 5432, "warta",
                "warta", dataFolder.resolve("ca.pem"));
        Path sari = TeamCache.fileFor(dataFolder, profile, "sari");
        assertThat(sari.getParent()).isEqualTo(dataFolder.resolve("team-cache"));
        assertThat(sari.getFileName().toString()).matches("[0-9a-f]{16}\\.db");
        assertThat(TeamCache.fileFor(dataFolder, profile, "SARI")).isEqualTo(sari);
        assertThat(TeamCache.fileFor(dataFolder, profile, "budi")).isNotEqualTo(sari);
    }
}
