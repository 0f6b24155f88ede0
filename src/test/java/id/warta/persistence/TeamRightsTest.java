package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.AuditChain;
import id.warta.domain.AuditEntry;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.HashtagGroup;
import id.warta.domain.UtmLink;
import id.warta.domain.Verdict;
import id.warta.service.CheckRecord;
import id.warta.service.Comment;
import id.warta.service.SearchHit;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.WorkflowState;
import id.warta.service.StaleVersionException;
import id.warta.service.StorageException;
import id.warta.service.Transactor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Rights enforced by PostgreSQL itself (R__team_rights.sql), checked with real logins: a staff
 * login cannot read another client's posts, approve, or change audit rows even with its own SQL.
 */
@TestInstance(Lifecycle.PER_CLASS)
class TeamRightsTest {
    static final String OWNER = "warta_owner";
    String database;
    String url;
    String clientA;
    String clientB;
    String postA;
    String rinaPost;

    @BeforeAll
    void setUp() {
        database = EmbeddedPostgresSupport.newOwnedDatabase();
        url = EmbeddedPostgresSupport.url(database);
        for (String[] l : new String[][] {{"sari", "warta_staff"}, {"budi", "warta_staff"}, {"rina", "warta_supervisor"}}) {
            EmbeddedPostgresSupport.superuser("CREATE ROLE " + l[0] + " LOGIN PASSWORD '" + l[0] + "-pw' IN ROLE " + l[1]);
        }
        try (PostgresDatabase owner = open(OWNER)) {
            Transactor tx = owner.newTransactor();
            JdbcUserRepository users = new JdbcUserRepository(owner);
            JdbcPostRepository posts = new JdbcPostRepository(owner);
            Client a = Client.create("Dinas Kesehatan", null);
            Client b = Client.create("BPBD", null);
            clientA = a.id();
            clientB = b.id();
            User sari = new User(Ids.newId(), "sari", "Sari", Set.of(Role.STAFF), true, 0);
            User budi = new User(Ids.newId(), "budi", "Budi", Set.of(Role.STAFF), true, 0);
            User rina = new User(Ids.newId(), "rina", "Rina", Set.of(Role.SUPERVISOR), true, 0);
            Instant at = Instant.parse("2026-12-01T02:00:00Z");
            Post pa = withAuthor(TestDatabases.post(clientA, "Imunisasi", WorkflowState.IN_REVIEW, at), sari.id());
            Post pr = withAuthor(TestDatabases.post(clientA, "Tulisan Rina", WorkflowState.IN_REVIEW, at), rina.id());
            Post pb = withAuthor(TestDatabases.post(clientB, "Siaga banjir", WorkflowState.IN_REVIEW, at), budi.id());
            postA = pa.id();
            rinaPost = pr.id();
            tx.writeRun(() -> {
                new JdbcClientRepository(owner).save(a);
                new JdbcClientRepository(owner).save(b);
                new JdbcAccountRepository(owner).save(Account.create(a.id(), Channel.INSTAGRAM, "@dinkes", null, AccountZone.WIB));
                users.save(sari);
                users.save(budi);
                users.save(rina);
                users.assign(sari.id(), clientA);
                users.assign(rina.id(), clientA);
                users.assign(budi.id(), clientB);
                posts.save(pa);
                posts.save(pr);
                posts.save(pb);
                new JdbcPostNoteRepository(owner).save(pa.id(), "Narasumber: Kabid P2P, jangan dikutip dulu.");
                new JdbcPostLinkRepository(owner).save(pa.id(), new UtmLink("https://dinkes.example.go.id/imunisasi", "",
                        "social", ""));
                new JdbcCommentRepository(owner).add(new Comment(Ids.newId(), pa.id(), rina.id(), "Data belum final",
                        true, at));
                new JdbcHashtagGroupRepository(owner).save(new HashtagGroup(Ids.newId(), a.id(), "Imunisasi",
                        List.of("#Imunisasi"), 0));
                new JdbcCheckRecordRepository(owner).save(new CheckRecord(Ids.newId(), pa.id(), "2026.1", at,
                        Verdict.PASS, List.of()));
            });
        }
    }

    private static Post withAuthor(Post p, String authorId) {
        return new Post(p.id(), p.clientId(), p.campaignId(), p.title(), p.body(), p.contentType(), p.state(), p.hashtags(),
                p.media(), authorId, p.createdAt(), p.updatedAt(), p.version());
    }

    static Properties login(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }

    PostgresDatabase open(String user) {
        return PostgresDatabase.open(url, login(user, user.equals(OWNER) ? "owner-pw" : user + "-pw"),
                EmbeddedPostgresSupport.SCHEMA);
    }

    /** Runs raw SQL as a login, as someone with psql would. */
    void sqlAs(String user, String sql) throws SQLException {
        Properties p = login(user, user.equals(OWNER) ? "owner-pw" : user + "-pw");
        p.setProperty("currentSchema", EmbeddedPostgresSupport.SCHEMA);
        try (Connection c = DriverManager.getConnection(url, p); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void staffSeeOnlyTheirAssignedClientsPosts() {
        try (PostgresDatabase sari = open("sari"); PostgresDatabase budi = open("budi")) {
            assertThat(sari.newTransactor().read(() -> new JdbcPostRepository(sari).findById(postA))).isPresent();
            assertThat(sari.newTransactor().read(new JdbcPostRepository(sari)::count)).isEqualTo(2);
            assertThat(budi.newTransactor().read(() -> new JdbcPostRepository(budi).findById(postA))).isEmpty();
            assertThat(budi.newTransactor().read(new JdbcPostRepository(budi)::count)).isEqualTo(1);
        }
    }

    /** Rows that belong to client A's post or to client A, by table. */
    private static final Map<String, String> ROWS_OF_CLIENT_A = new LinkedHashMap<>();

    static {
        String ofPostA = " WHERE post_id IN (SELECT id FROM warta_test_post_a)";
        ROWS_OF_CLIENT_A.put("post_note", ofPostA);
        ROWS_OF_CLIENT_A.put("post_link", ofPostA);
        ROWS_OF_CLIENT_A.put("post_comment", ofPostA);
        ROWS_OF_CLIENT_A.put("check_result", ofPostA);
        ROWS_OF_CLIENT_A.put("account", " WHERE client_id IN (SELECT id FROM warta_test_client_a)");
        ROWS_OF_CLIENT_A.put("hashtag_group", " WHERE client_id IN (SELECT id FROM warta_test_client_a)");
    }

    @Test
    void staffCannotReadAnotherClientsNotesLinksCommentsOrAccountsEvenWithTheirOwnSql() throws SQLException {
        for (var e : ROWS_OF_CLIENT_A.entrySet()) {
            String where = e.getValue().replace("warta_test_post_a", "(VALUES ('" + postA + "')) AS v(id)")
                    .replace("warta_test_client_a", "(VALUES ('" + clientA + "')) AS v(id)");
            assertThat(countAs("sari", "SELECT count(*) FROM " + e.getKey() + where)).as("sari: " + e.getKey()).isEqualTo(1);
            assertThat(countAs("budi", "SELECT count(*) FROM " + e.getKey() + where)).as("budi: " + e.getKey()).isZero();
            assertThat(countAs("budi", "SELECT count(*) FROM " + e.getKey())).as("budi, all of " + e.getKey()).isZero();
        }
        assertThat(updateAs("budi", "UPDATE post_note SET body = 'diganti' WHERE post_id = '" + postA + "'")).isZero();
        assertThat(updateAs("budi", "DELETE FROM post_comment WHERE post_id = '" + postA + "'")).isZero();
        assertThat(countAs(OWNER, "SELECT count(*) FROM post_note WHERE body LIKE 'Narasumber%'")).isEqualTo(1);
        assertThat(countAs(OWNER, "SELECT count(*) FROM post_comment")).isEqualTo(1);
        for (String sql : List.of(
                "INSERT INTO post_note(post_id, body) VALUES ('" + postA + "', 'menyusup')",
                "INSERT INTO post_comment(id, post_id, body, reviewer_only, created_at) VALUES ('x', '" + postA
                        + "', 'menyusup', FALSE, now())",
                "INSERT INTO hashtag_group(id, client_id, name, tags) VALUES ('x', '" + clientA + "', 'Susup', '#x')")) {
            assertThatThrownBy(() -> sqlAs("budi", sql)).as(sql)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        try (PostgresDatabase budi = open("budi"); PostgresDatabase sari = open("sari")) {
            assertThat(budi.newTransactor().read(() -> new JdbcPostNoteRepository(budi).of(postA))).isEmpty();
            assertThat(budi.newTransactor().read(() -> new JdbcPostLinkRepository(budi).of(postA))).isEmpty();
            assertThat(budi.newTransactor().read(() -> new JdbcCommentRepository(budi).of(postA, true))).isEmpty();
            assertThat(budi.newTransactor().read(() -> new JdbcSearchRepository(budi).search("imunisasi",
                    Set.of(clientA, clientB), 50))).isEmpty();
            assertThat(sari.newTransactor().read(() -> new JdbcPostNoteRepository(sari).of(postA))).startsWith("Narasumber");
            assertThat(sari.newTransactor().read(() -> new JdbcSearchRepository(sari).search("imunisasi",
                    Set.of(clientA, clientB), 50))).extracting(SearchHit::postId).containsExactly(postA);
        }
    }

    @Test
    void savingAHiddenRowThroughTheRepositoriesIsAConflictAndChangesNothing() {
        HashtagGroup theirs;
        try (PostgresDatabase sari = open("sari")) {
            theirs = sari.newTransactor().read(() -> new JdbcHashtagGroupRepository(sari).ofClient(clientA)).get(0);
        }
        try (PostgresDatabase budi = open("budi")) {
            HashtagGroup changed = new HashtagGroup(theirs.id(), clientA, "Diganti", List.of("#x"), theirs.version());
            assertThatThrownBy(() -> budi.newTransactor().write(() -> new JdbcHashtagGroupRepository(budi).save(changed)))
                    .isInstanceOf(StaleVersionException.class);
            budi.newTransactor().writeRun(() -> new JdbcHashtagGroupRepository(budi).delete(theirs.id()));
        }
        try (PostgresDatabase sari = open("sari")) {
            assertThat(sari.newTransactor().read(() -> new JdbcHashtagGroupRepository(sari).findById(theirs.id())))
                    .contains(theirs);
        }
    }

    @Test
    void aSupervisorSeesTheRowsOfHerClientsAndAnAdminSeesAll() throws SQLException {
        EmbeddedPostgresSupport.superuser("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'adi') "
                + "THEN CREATE ROLE adi LOGIN PASSWORD 'adi-pw' IN ROLE warta_admin; END IF; END $$");
        assertThat(countAs("rina", "SELECT count(*) FROM post_note")).isEqualTo(1);
        assertThat(countAs("rina", "SELECT count(*) FROM post_comment")).isEqualTo(1);
        assertThat(countAs("adi", "SELECT count(*) FROM post_note")).isEqualTo(1);
        assertThat(countAs("adi", "SELECT count(*) FROM account")).isEqualTo(countAs(OWNER, "SELECT count(*) FROM account"));
    }

    long countAs(String user, String sql) throws SQLException {
        try (Connection c = connectAs(user); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    int updateAs(String user, String sql) throws SQLException {
        try (Connection c = connectAs(user); Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    private Connection connectAs(String user) throws SQLException {
        Properties p = login(user, user.equals(OWNER) ? "owner-pw" : user + "-pw");
        p.setProperty("currentSchema", EmbeddedPostgresSupport.SCHEMA);
        return DriverManager.getConnection(url, p);
    }

    @Test
    void staffCannotCreateAPostForAnotherClient() {
        try (PostgresDatabase budi = open("budi")) {
            Post p = TestDatabases.post(clientA, "Menyusup", WorkflowState.DRAFT, Instant.now());
            assertThatThrownBy(() -> budi.newTransactor().writeRun(() -> new JdbcPostRepository(budi).save(p)))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.NOT_ALLOWED));
        }
    }

    @Test
    void staffCannotApproveEvenWithTheirOwnSql() {
        assertThatThrownBy(() -> sqlAs("sari", "UPDATE post SET state = 'approved' WHERE id = '" + postA + "'"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("42501");
                    assertThat(e.getMessage()).contains("only a supervisor");
                });
        assertThatThrownBy(() -> sqlAs("sari", "INSERT INTO client_assignment(user_id, client_id) "
                + "SELECT id, '" + clientB + "' FROM app_user WHERE username = 'sari'"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }

    @Test
    void aSupervisorApprovesOthersPostsButNotHerOwn() throws SQLException {
        assertThatThrownBy(() -> sqlAs("rina", "UPDATE post SET state = 'approved' WHERE id = '" + rinaPost + "'"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("author"));
        sqlAs("rina", "UPDATE post SET state = 'approved', version = version + 1 WHERE id = '" + postA + "'");
        try (PostgresDatabase owner = open(OWNER)) {
            assertThat(owner.newTransactor().read(() -> new JdbcPostRepository(owner).findById(postA)).orElseThrow().state())
                    .isEqualTo(WorkflowState.APPROVED);
        }
    }

    @Test
    void theAuditLogIsAppendOnlyForStaffAndForTheOwner() throws SQLException {
        appendAs("sari", "post.create");
        for (String sql : List.of("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log")) {
            assertThatThrownBy(() -> sqlAs("sari", sql)).as(sql)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> sqlAs(OWNER, sql)).as("owner: " + sql)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("append-only"));
        }
    }

    @Test
    void aForgedActorIsStoredAsTheRealLogin() throws SQLException {
        String id = Ids.newId();
        sqlAs("sari", "INSERT INTO audit_log(seq, id, at, actor, action, entity_type, entity_id, before_json, after_json, "
                + "prev_hash, hash) VALUES (999, '" + id + "', now(), 'rina', 'post.approve', 'post', 'p', '', '', 'x', 'y')");
        try (PostgresDatabase owner = open(OWNER)) {
            List<AuditEntry> all = owner.newTransactor().read(new JdbcAuditRepository(owner)::all);
            AuditEntry forged = all.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
            assertThat(forged.actor()).isEqualTo("sari");
            assertThat(AuditChain.verify(all, Optional.empty()).intact()).isTrue();
        }
    }

    @Test
    void fourSessionsAppending250EntriesEachKeepTheChainIntact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (String user : List.of("sari", "budi", "rina", OWNER)) {
                done.add(pool.submit((Callable<Integer>) () -> {
                    try (PostgresDatabase db = open(user)) {
                        Transactor tx = db.newTransactor();
                        JdbcAuditRepository audit = new JdbcAuditRepository(db);
                        for (int i = 0; i < 250; i++) {
                            int n = i;
                            tx.writeRun(() -> audit.append(draft("bulk." + n)));
                        }
                    }
                    return 250;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(250);
            }
        } finally {
            pool.shutdownNow();
        }
        try (PostgresDatabase owner = open(OWNER)) {
            List<AuditEntry> all = owner.newTransactor().read(new JdbcAuditRepository(owner)::all);
            assertThat(all.stream().filter(e -> e.action().startsWith("bulk."))).hasSize(1000);
            AuditChain.Verification v = AuditChain.verify(all, Optional.empty());
            assertThat(v.intact()).as(v.reason()).isTrue();
        }
    }

    private void appendAs(String user, String action) {
        try (PostgresDatabase db = open(user)) {
            db.newTransactor().writeRun(() -> new JdbcAuditRepository(db).append(draft(action)));
        }
    }

    private static AuditEntry draft(String action) {
        return new AuditEntry(0, Ids.newId(), Instant.now(), "whoever", action, "post", "p-1", "", "{\"n\":1}",
                AuditChain.GENESIS, "");
    }
}
