package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.WorkflowState;
import id.warta.persistence.EmbeddedPostgresSupport;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcPostRepository;
import id.warta.persistence.JdbcUserRepository;
import id.warta.persistence.PostgresDatabase;
import id.warta.persistence.TeamCache;
import id.warta.persistence.TestDatabases;
import id.warta.service.ExportFilter;
import id.warta.service.Messages;
import id.warta.service.ReadOnlyException;
import id.warta.service.TeamException;
import id.warta.service.TeamProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team window without the server: the offline copy of a staff login opens read-only, shows
 * only that login's client, exports iCalendar, refuses every write and leaves the file as it was;
 * only an unreachable server falls back to it.
 */
class OfflineWorkspaceTest {
    static final String STAFF = "offline_sari";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path dataFolder;

    TeamProfile profile;
    String url;
    Instant at = Instant.now().plus(Duration.ofDays(2));

    @BeforeEach
    void setUp() {
        profile = new TeamProfile(dataFolder.resolve("kominfo.team"), "db.kominfo.example", 5432, "warta", "warta",
                dataFolder.resolve("ca.pem"));
        url = EmbeddedPostgresSupport.url(EmbeddedPostgresSupport.newOwnedDatabase());
        EmbeddedPostgresSupport.superuser("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + STAFF
                + "') THEN CREATE ROLE " + STAFF + " LOGIN PASSWORD '" + STAFF + "-pw' IN ROLE warta_staff; END IF; END $$");
        try (PostgresDatabase owner = PostgresDatabase.open(url, login(EmbeddedPostgresSupport.OWNER,
                EmbeddedPostgresSupport.OWNER_PASSWORD), EmbeddedPostgresSupport.SCHEMA)) {
            Client mine = Client.create("Dinas Kesehatan", null);
            Client other = Client.create("BPBD", null);
            Account mineAccount = Account.create(mine.id(), Channel.INSTAGRAM, "@dinkes", null, AccountZone.WIB);
            Account otherAccount = Account.create(other.id(), Channel.X, "@bpbd", null, AccountZone.WIB);
            User sari = new User(Ids.newId(), STAFF, "Sari", Set.of(Role.STAFF), true, 0);
            Post visible = TestDatabases.post(mine.id(), "Imunisasi anak", WorkflowState.APPROVED, at);
            Post hidden = TestDatabases.post(other.id(), "Rahasia BPBD", WorkflowState.APPROVED, at);
            owner.newTransactor().writeRun(() -> {
                new JdbcClientRepository(owner).save(mine);
                new JdbcClientRepository(owner).save(other);
                new JdbcAccountRepository(owner).save(mineAccount);
                new JdbcAccountRepository(owner).save(otherAccount);
                JdbcUserRepository users = new JdbcUserRepository(owner);
                users.save(sari);
                users.assign(sari.id(), mine.id());
                JdbcPostRepository posts = new JdbcPostRepository(owner);
                posts.save(visible);
                posts.save(hidden);
                posts.saveTarget(PostTarget.create(visible.id(), mineAccount.id(), at));
                posts.saveTarget(PostTarget.create(hidden.id(), otherAccount.id(), at));
            });
        }
    }

    static Properties login(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }

    /** What the last online session left behind: the copy under the staff login. */
    Path writeCopy() {
        Path file = TeamCache.fileFor(dataFolder, profile, STAFF);
        new TeamCache(url, login(STAFF, STAFF + "-pw"), EmbeddedPostgresSupport.SCHEMA, file).refresh();
        return file;
    }

    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    Optional<OfflineWorkspace> openCopy(String login) {
        return OfflineWorkspace.open(profile, login, dataFolder, Clock.systemUTC(), new LazyChecker(), "test");
    }

    @Test
    void theCopyOpensReadOnlyWithOnlyTheLoginsClientAndExportsICalendar() throws Exception {
        Path file = writeCopy();
        String digest = sha256(file);
        Path ics = dataFolder.resolve("jadwal.ics");
        try (OfflineWorkspace offline = openCopy(STAFF.toUpperCase(Locale.ROOT)).orElseThrow()) {
            assertThat(offline.signIn(STAFF.toUpperCase(Locale.ROOT)).username()).isEqualTo(STAFF);
            assertThat(offline.readOnly().active()).isTrue();
            assertThat(offline.readOnly().reason().orElseThrow().messageKey()).isEqualTo("readOnly.reason.offline");
            assertThat(offline.location()).isEqualTo(profile.address());

            LocalDate day = at.atZone(WIB).toLocalDate();
            List<CalendarEntry> entries = offline.planning().between(day.minusDays(1), day.plusDays(1), WIB);
            assertThat(entries).extracting(CalendarEntry::title).containsExactly("Imunisasi anak");

            assertThatThrownBy(() -> offline.transactor().write(() -> 1)).isInstanceOf(ReadOnlyException.class);

            int written = offline.export().writeTo(ExportFilter.everything(), ics, new Messages(Locale.forLanguageTag("id")));
            assertThat(written).isEqualTo(1);
        }
        ICalendar calendar = Biweekly.parse(Files.readString(ics, StandardCharsets.UTF_8)).first();
        assertThat(calendar.getEvents()).hasSize(1);
        assertThat(calendar.getEvents().get(0).getSummary().getValue()).contains("Imunisasi anak");
        assertThat(sha256(file)).as("reading and exporting leave the copy untouched").isEqualTo(digest);
    }

    @Test
    void anotherLoginOnThisComputerHasNoCopy() {
        writeCopy();
        assertThat(openCopy("offline_rina")).isEmpty();
    }

    @Test
    void aDamagedCopyIsNotOpenedAndTheServersRefusalStands() throws Exception {
        Path file = writeCopy();
        Files.write(file, "bukan basis data SQLite".repeat(200).getBytes(StandardCharsets.UTF_8));
        byte[] damaged = Files.readAllBytes(file);
        assertThat(openCopy(STAFF)).isEmpty();
        OfflineFallback fallback = new OfflineFallback((p, l, pw) -> {
            throw new TeamException(TeamException.Reason.UNREACHABLE, p.address());
        }, (p, l) -> openCopy(l));
        assertThatThrownBy(() -> fallback.open(profile, STAFF, () -> new char[0]))
                .isInstanceOfSatisfying(TeamException.class,
                        e -> assertThat(e.reason()).isEqualTo(TeamException.Reason.UNREACHABLE));
        assertThat(Files.readAllBytes(file)).as("a damaged copy is left as it was").isEqualTo(damaged);
    }

    @Test
    void onlyAnUnreachableServerFallsBackToTheCopy() {
        writeCopy();
        TeamConnector.Opener unreachable = (p, l, pw) -> {
            throw new TeamException(TeamException.Reason.UNREACHABLE, p.address());
        };
        TeamConnector.Opener refused = (p, l, pw) -> {
            throw new TeamException(TeamException.Reason.LOGIN_FAILED, l, p.address());
        };
        OfflineFallback fallback = new OfflineFallback(unreachable, (p, l) -> openCopy(l));
        TeamSession session = fallback.open(profile, STAFF, () -> new char[0]);
        try {
            assertThat(session).isInstanceOf(OfflineWorkspace.class);
            assertThat(session.readOnly().active()).isTrue();
        } finally {
            session.close();
        }

        assertThatThrownBy(() -> new OfflineFallback(refused, (p, l) -> openCopy(l)).open(profile, STAFF,
                () -> new char[0])).isInstanceOfSatisfying(TeamException.class,
                        e -> assertThat(e.reason()).isEqualTo(TeamException.Reason.LOGIN_FAILED));
        assertThatThrownBy(() -> fallback.open(profile, "offline_rina", () -> new char[0]))
                .isInstanceOfSatisfying(TeamException.class,
                        e -> assertThat(e.reason()).isEqualTo(TeamException.Reason.UNREACHABLE));
    }
}
