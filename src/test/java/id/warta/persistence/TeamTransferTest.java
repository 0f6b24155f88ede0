package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.AuditChain;
import id.warta.domain.AuditEntry;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.service.Comment;
import id.warta.service.TeamAdministration.TeamTransfer;
import id.warta.service.TeamException;
import id.warta.service.Transactor;
import id.warta.domain.AccountPlan;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.domain.ContentType;
import id.warta.domain.HashtagGroup;
import id.warta.domain.MediaRef;
import id.warta.domain.PostingHours;
import id.warta.domain.RecurrenceRule;
import id.warta.domain.UtmLink;
import id.warta.service.Overlay;
import id.warta.service.OverlayEvent;
import id.warta.service.OverlaySubscription;
import id.warta.service.SearchHit;
import id.warta.service.SeriesRepository;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warta team import} and {@code export} (docs/team-mode.md §6) between a SQLite file and
 * an embedded PostgreSQL owned by the team owner login. The post count can be raised with
 * {@code -Dwarta.test.importPosts=10000} to measure (the time is printed, not asserted).
 */
class TeamTransferTest {
    static final int POSTS = Integer.getInteger("warta.test.importPosts", 300);

    @TempDir
    Path dir;

    @Test
    void importMovesEverythingKeepsTheChainAndTheNextAppendExtendsIt() throws Exception {
        Path planner = planner(POSTS);
        String sourceSha = TeamTransfers.sha256(planner);
        String sourceDigest;
        try (SqliteDatabase source = SqliteDatabase.open(planner, "test")) {
            sourceDigest = digest(source);
        }
        sourceSha = TeamTransfers.sha256(planner);
        String db = EmbeddedPostgresSupport.newOwnedDatabase();
        long started = System.nanoTime();
        TeamTransfer t = TeamTransfers.importInto(EmbeddedPostgresSupport.url(db), EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA, planner);
        System.out.printf("team import of %d posts: %d ms%n", POSTS, (System.nanoTime() - started) / 1_000_000);
        assertThat(TeamTransfers.sha256(planner)).as("the source file is untouched").isEqualTo(sourceSha);
        assertThat(t.posts()).isEqualTo(POSTS);
        assertThat(t.clients()).isEqualTo(3);
        assertThat(t.auditEntries()).isEqualTo(POSTS + 1);
        assertThat(t.sourceSha256()).isEqualTo(sourceSha);
        try (PostgresDatabase team = PostgresDatabase.open(EmbeddedPostgresSupport.url(db),
                EmbeddedPostgresSupport.ownerProperties(), EmbeddedPostgresSupport.SCHEMA)) {
            assertThat(digest(team)).isEqualTo(sourceDigest);
            try (var st = team.connection().createStatement();
                 var rs = st.executeQuery("SELECT (SELECT rev FROM sync_state), count(*), min(entity) FROM change_log")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the import raises the change feed once").isEqualTo(1);
                assertThat(rs.getLong(2)).as("one entry for the whole import, not one per row").isEqualTo(1);
                assertThat(rs.getString(3)).isEqualTo("database");
            }
            Transactor tx = team.newTransactor();
            JdbcAuditRepository audit = new JdbcAuditRepository(team);
            AuditEntry importEntry = tx.read(audit::last).orElseThrow();
            assertThat(importEntry.action()).isEqualTo("team.import");
            assertThat(importEntry.actor()).isEqualTo(EmbeddedPostgresSupport.OWNER);
            assertThat(importEntry.after()).contains(sourceSha);
            tx.writeRun(() -> audit.append(new AuditEntry(0, Ids.newId(), Instant.now(), "x", "post.update", "post", "p",
                    "", "{}", "", "")));
            List<AuditEntry> chain = tx.read(audit::all);
            assertThat(chain).hasSize(POSTS + 2);
            assertThat(AuditChain.verify(chain, Optional.empty()).intact()).isTrue();
            assertThat(chain.get(chain.size() - 1).prevHash()).isEqualTo(t.chainHead());
            assertThat(tx.read(() -> new JdbcCommentRepository(team).of(firstPost(team), false))).isEmpty();
            assertThat(tx.read(() -> new JdbcCommentRepository(team).of(firstPost(team), true))).hasSize(1);
        }
        assertThatThrownBy(() -> TeamTransfers.importInto(EmbeddedPostgresSupport.url(db),
                EmbeddedPostgresSupport.ownerProperties(), EmbeddedPostgresSupport.SCHEMA, planner))
                .isInstanceOfSatisfying(TeamException.class,
                        e -> assertThat(e.reason()).isEqualTo(TeamException.Reason.TARGET_NOT_EMPTY));
    }

    @Test
    void exportWritesASingleUserFileThatOpensWithTheSameContentAndChain() throws Exception {
        Path planner = planner(50);
        String db = EmbeddedPostgresSupport.newOwnedDatabase();
        String url = EmbeddedPostgresSupport.url(db);
        TeamTransfers.importInto(url, EmbeddedPostgresSupport.ownerProperties(), EmbeddedPostgresSupport.SCHEMA, planner);
        String teamDigest;
        try (PostgresDatabase team = PostgresDatabase.open(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA)) {
            teamDigest = digest(team);
        }
        Path copy = dir.resolve("copy.db");
        TeamTransfer t = TeamTransfers.exportFrom(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA, copy);
        assertThat(t.posts()).isEqualTo(50);
        assertThat(t.auditEntries()).isEqualTo(51);
        assertThat(dir.resolve("copy.db.part")).doesNotExist();
        try (SqliteDatabase single = SqliteDatabase.open(copy, "test")) {
            assertThat(digest(single)).isEqualTo(teamDigest);
            List<AuditEntry> chain = single.newTransactor().read(new JdbcAuditRepository(single)::all);
            assertThat(AuditChain.verify(chain, Optional.empty()).intact()).isTrue();
            assertThat(AuditChain.verify(chain, Optional.empty()).head()).isEqualTo(t.chainHead());
        }
        byte[] before = Files.readAllBytes(copy);
        assertThatThrownBy(() -> TeamTransfers.exportFrom(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA, copy))
                .isInstanceOfSatisfying(TeamException.class,
                        e -> assertThat(e.reason()).isEqualTo(TeamException.Reason.OUTPUT_EXISTS));
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    /** Text that COPY's text format must escape, and a value that looks like its NULL marker. */
    static final String AWKWARD = "Baris satu\nbaris\tdua\r\n\\N bukan kosong, C:\\berkas\\foto.png 🌊";

    @Test
    void theTablesAddedSinceV8GoToTheTeamAndBackAndTheCopySearchesOnBothSides() throws Exception {
        Path planner = dir.resolve("planner-rich.db");
        Instant at = OffsetDateTime.parse("2026-12-04T09:30:00.250+07:00").toInstant();
        Rich rich;
        try (SqliteDatabase db = SqliteDatabase.open(planner, "test")) {
            rich = Rich.fill(db, at);
        }
        String db = EmbeddedPostgresSupport.newOwnedDatabase();
        String url = EmbeddedPostgresSupport.url(db);
        TeamTransfers.importInto(url, EmbeddedPostgresSupport.ownerProperties(), EmbeddedPostgresSupport.SCHEMA, planner);
        try (PostgresDatabase team = PostgresDatabase.open(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA)) {
            rich.assertPresentIn(team, at);
        }
        Path copy = dir.resolve("copy-rich.db");
        TeamTransfers.exportFrom(url, EmbeddedPostgresSupport.ownerProperties(), EmbeddedPostgresSupport.SCHEMA, copy);
        try (SqliteDatabase single = SqliteDatabase.open(copy, "test")) {
            rich.assertPresentIn(single, at);
            try (Statement st = single.connection().createStatement()) {
                // The FTS5 index built while the rows went in matches post exactly, or this fails.
                st.executeUpdate("INSERT INTO post_search(post_search, rank) VALUES ('integrity-check', 1)");
            }
        }
    }

    /** One of everything the V8-V13 migrations added, written through the repositories. */
    private record Rich(String client, String account, String post, RecurrenceRule rule, String overlay) {
        static Rich fill(SqliteDatabase db, Instant at) {
            String[] ids = TestDatabases.clientWithAccount(db);
            Transactor tx = db.newTransactor();
            JdbcPostRepository posts = new JdbcPostRepository(db);
            RecurrenceRule rule = RecurrenceRule.weekly(1, Set.of(DayOfWeek.FRIDAY), LocalDate.of(2026, 12, 25));
            String overlayId = Ids.newId();
            String postId = tx.write(() -> {
                Post p = posts.save(new Post(Ids.newId(), ids[0], null, "Posko banjir dibuka",
                        "Warga menuju posko pengungsian. " + AWKWARD, ContentType.ANNOUNCEMENT, WorkflowState.DRAFT,
                        List.of("#SiagaBanjir"), List.of(new MediaRef("ab12cd.png", "Peta posko " + AWKWARD)), null, at,
                        at, 0));
                PostTarget t = posts.saveTarget(PostTarget.create(p.id(), ids[1], at));
                JdbcSeriesRepository series = new JdbcSeriesRepository(db);
                series.save(p.id(), rule, Map.of(ids[1], at));
                series.setSlot(t.id(), LocalDate.of(2026, 12, 4));
                new Jdbc(db).update("UPDATE post_target SET detached = TRUE WHERE id = ?", st -> st.setString(1, t.id()));
                new JdbcPostNoteRepository(db).save(p.id(), AWKWARD);
                new JdbcPostLinkRepository(db).save(p.id(), new UtmLink("https://bpbd.example.go.id/posko", "", "social", "banjir"));
                new JdbcHashtagGroupRepository(db).save(new HashtagGroup(Ids.newId(), ids[0], "Bencana",
                        List.of("#SiagaBanjir", "#BPBD"), 0));
                new JdbcAccountPlanRepository(db).save(new AccountPlan(ids[1],
                        new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0)), 3));
                new JdbcBlackoutRepository(db).save(Blackout.create("Masa tenang", AWKWARD, at, at.plusSeconds(86_400),
                        BlackoutScope.ACCOUNTS, null, Set.of(ids[1]), BlackoutMode.REFUSE));
                new JdbcOverlayRepository(db).insert(new Overlay(overlayId, "Libur", "url:https://kal.example.id/a.ics", at, 0,
                        new OverlaySubscription(URI.create("https://kal.example.id/a.ics"), Duration.ofHours(6), at, at,
                                "\"e\"", null, "overlay.error.http", List.of("503", "Sibuk"))),
                        List.of(OverlayEvent.allDay("u1", "Hari Ibu", LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 22), null)));
                return p.id();
            });
            return new Rich(ids[0], ids[1], postId, rule, overlayId);
        }

        void assertPresentIn(Database db, Instant at) {
            Transactor tx = db.newTransactor();
            tx.read(() -> {
                Post p = new JdbcPostRepository(db).findById(post).orElseThrow();
                assertThat(p.body()).endsWith(AWKWARD);
                assertThat(p.media()).singleElement().satisfies(m -> assertThat(m.altText()).isEqualTo("Peta posko " + AWKWARD));
                JdbcSeriesRepository series = new JdbcSeriesRepository(db);
                assertThat(series.ruleOf(post)).contains(rule);
                assertThat(series.startsOf(post)).containsExactly(Map.entry(account, at));
                assertThat(series.slotsOf(post).values()).containsExactly(new SeriesRepository.Slot(LocalDate.of(2026, 12, 4), true));
                assertThat(new JdbcPostNoteRepository(db).of(post)).isEqualTo(AWKWARD);
                assertThat(new JdbcPostLinkRepository(db).of(post)).map(UtmLink::campaign).contains("banjir");
                assertThat(new JdbcHashtagGroupRepository(db).ofClient(client)).singleElement()
                        .satisfies(g -> assertThat(g.tags()).containsExactly("#SiagaBanjir", "#BPBD"));
                assertThat(new JdbcAccountPlanRepository(db).find(account)).map(AccountPlan::postsPerWeek).contains(3);
                assertThat(new JdbcBlackoutRepository(db).findAll()).singleElement().satisfies(b -> {
                    assertThat(b.reason()).isEqualTo(AWKWARD.strip());
                    assertThat(b.start()).isEqualTo(at);
                    assertThat(b.accountIds()).containsExactly(account);
                });
                Overlay o = new JdbcOverlayRepository(db).find(overlay).orElseThrow();
                assertThat(o.eventCount()).isEqualTo(1);
                assertThat(o.subscription().errorArguments()).containsExactly("503", "Sibuk");
                assertThat(o.subscription().fetchedAt()).isEqualTo(at);
                assertThat(new JdbcSearchRepository(db).search("posko pengung", Set.of(client), 10))
                        .extracting(SearchHit::postId).containsExactly(post);
                return null;
            });
        }
    }

    private static String firstPost(Database db) {
        return new Jdbc(db).queryOne("SELECT post_id FROM post_comment", st -> { }, rs -> rs.getString(1)).orElseThrow();
    }

    /** A single-user file with 3 clients, {@code posts} posts with targets, a reviewer-only comment and a chain. */
    private Path planner(int posts) {
        Path file = dir.resolve("planner-" + posts + ".db");
        try (SqliteDatabase db = SqliteDatabase.open(file, "test")) {
            Transactor tx = db.newTransactor();
            JdbcPostRepository repo = new JdbcPostRepository(db);
            JdbcAuditRepository audit = new JdbcAuditRepository(db);
            tx.writeRun(() -> {
                String[] accounts = new String[3];
                for (int c = 0; c < 3; c++) {
                    Client client = Client.create("Klien " + c, null);
                    new JdbcClientRepository(db).save(client);
                    Account a = Account.create(client.id(), Channel.INSTAGRAM, "@klien" + c, null, AccountZone.WIB);
                    new JdbcAccountRepository(db).save(a);
                    accounts[c] = client.id() + "/" + a.id();
                }
                Instant base = Instant.parse("2026-01-01T01:00:00.123Z");
                for (int i = 0; i < posts; i++) {
                    String[] ca = accounts[i % 3].split("/");
                    Instant at = base.plusSeconds(3_600L * 7 * i);
                    Post p = repo.save(TestDatabases.post(ca[0], "Pos " + i + " — banjir 🌊", WorkflowState.values()[i % 9], at));
                    repo.saveTarget(PostTarget.create(p.id(), ca[1], at));
                    AuditEntry draft = new AuditEntry(0, Ids.newId(), at, "local:admin", "post.create", "post", p.id(), "",
                            "{\"title\":\"" + p.title() + "\"}", "", "");
                    audit.append(AuditChain.link(audit.last(), draft));
                    if (i == 0) {
                        new JdbcCommentRepository(db).add(new Comment(Ids.newId(), p.id(), null, "Catatan", true, at));
                    }
                }
            });
        }
        return file;
    }

    /** SHA-256 over every post and target as the repositories' dialect reads them. */
    private static String digest(Database db) throws Exception {
        Jdbc jdbc = new Jdbc(db);
        StringBuilder b = new StringBuilder();
        db.newTransactor().read(() -> {
            jdbc.query("SELECT id, client_id, title, body, state, hashtags, created_at, updated_at, version FROM post ORDER BY id",
                    st -> { }, rs -> b.append(rs.getString(1)).append('|').append(rs.getString(2)).append('|')
                            .append(rs.getString(3)).append('|').append(rs.getString(4)).append('|').append(rs.getString(5))
                            .append('|').append(rs.getString(6)).append('|').append(jdbc.instant(rs, 7)).append('|')
                            .append(jdbc.instant(rs, 8)).append('|').append(rs.getLong(9)).append('\n'));
            jdbc.query("SELECT id, post_id, account_id, scheduled_at, version FROM post_target ORDER BY id", st -> { },
                    rs -> b.append(rs.getString(1)).append('|').append(rs.getString(2)).append('|').append(rs.getString(3))
                            .append('|').append(jdbc.instant(rs, 4)).append('|').append(rs.getLong(5)).append('\n'));
            return null;
        });
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
