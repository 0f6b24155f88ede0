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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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
