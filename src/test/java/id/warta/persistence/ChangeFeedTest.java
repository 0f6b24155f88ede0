package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Client;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.domain.WorkflowState;
import id.warta.service.ChangeFeed;
import id.warta.service.ChangeFeed.Changes;
import id.warta.service.FeedStatus;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The change feed (V14) between two desktops on an embedded PostgreSQL: A writes with plain SQL, B
 * watches with {@link PostgresChangeFeed}. Timings are shrunk to fractions of a second; the limits
 * below are functional (generous), never speed measurements.
 */
class ChangeFeedTest {
    static final String STAFF = "live_ari";
    static final Duration FAST_PING = Duration.ofMillis(300);

    String database;
    String url;
    String clientId;
    String hiddenClientId;
    String postId;
    final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = EmbeddedPostgresSupport.newOwnedDatabase();
        url = EmbeddedPostgresSupport.url(database);
        EmbeddedPostgresSupport.superuser("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + STAFF
                + "') THEN CREATE ROLE " + STAFF + " LOGIN PASSWORD '" + STAFF + "-pw' IN ROLE warta_staff; END IF; END $$");
        try (PostgresDatabase owner = PostgresDatabase.open(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA)) {
            Client c = Client.create("Dinas Kesehatan", null);
            Client hidden = Client.create("BPBD", null);
            clientId = c.id();
            hiddenClientId = hidden.id();
            User ari = new User(Ids.newId(), STAFF, "Ari", Set.of(Role.STAFF), true, 0);
            Post p = TestDatabases.post(clientId, "Imunisasi", WorkflowState.DRAFT, Instant.parse("2026-12-01T02:00:00Z"));
            postId = p.id();
            owner.newTransactor().writeRun(() -> {
                new JdbcClientRepository(owner).save(c);
                new JdbcClientRepository(owner).save(hidden);
                JdbcUserRepository users = new JdbcUserRepository(owner);
                users.save(ari);
                users.assign(ari.id(), clientId);
                new JdbcPostRepository(owner).save(p);
            });
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    static PostgresChangeFeed.Timings fast(Duration firstRetry) {
        return new PostgresChangeFeed.Timings(Duration.ofMillis(200), FAST_PING, Duration.ofSeconds(1),
                Duration.ofSeconds(20), firstRetry, Duration.ofSeconds(1));
    }

    Recorder watch(String feedUrl, PostgresChangeFeed.Timings timings) {
        PostgresChangeFeed feed = new PostgresChangeFeed(feedUrl, login(STAFF), EmbeddedPostgresSupport.SCHEMA, timings);
        toClose.add(feed);
        Recorder r = new Recorder(feed);
        feed.start(r);
        Polling.await(Duration.ofSeconds(10), "B's feed online", () -> r.lastStatus() == FeedStatus.ONLINE);
        return r;
    }

    static Properties login(String user) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", user.equals(EmbeddedPostgresSupport.OWNER) ? EmbeddedPostgresSupport.OWNER_PASSWORD
                : user + "-pw");
        return p;
    }

    Connection connect(String user) throws SQLException {
        Properties p = login(user);
        p.setProperty("currentSchema", EmbeddedPostgresSupport.SCHEMA);
        Connection c = DriverManager.getConnection(url, p);
        toClose.add(c);
        return c;
    }

    /** Desktop A renames the post in its own committed transaction. */
    void renameAsA(String title) throws SQLException {
        try (Connection a = connect(EmbeddedPostgresSupport.OWNER);
             PreparedStatement st = a.prepareStatement("UPDATE post SET title = ?, version = version + 1 WHERE id = ?")) {
            st.setString(1, title);
            st.setString(2, postId);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }

    long serverRevision() throws SQLException {
        try (Connection c = connect(EmbeddedPostgresSupport.OWNER); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rev FROM sync_state")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aCommittedEditReachesTheOtherDesktopAndARolledBackOneNever() throws Exception {
        Recorder b = watch(url, fast(Duration.ofMillis(200)));
        long before = b.feed.lastRevision();
        assertThat(before).isEqualTo(serverRevision());

        try (Connection a = connect(EmbeddedPostgresSupport.OWNER)) {
            a.setAutoCommit(false);
            try (Statement st = a.createStatement()) {
                st.executeUpdate("UPDATE post SET title = 'Dibatalkan' WHERE id = '" + postId + "'");
                st.executeUpdate("INSERT INTO client (id, name, short_name) VALUES ('" + Ids.newId() + "', 'Batal', 'B')");
            }
            a.rollback();
        }
        renameAsA("Jadwal imunisasi");

        Polling.await(Duration.ofSeconds(2), "A's committed edit reported to B", () -> !b.changes.isEmpty());
        assertThat(b.changes).containsExactly(new Changes(before, before + 1, Set.of("post")));
        assertThat(b.feed.lastRevision()).isEqualTo(before + 1).isEqualTo(serverRevision());
        try (Connection c = connect(EmbeddedPostgresSupport.OWNER); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM change_log WHERE rev > " + before)) {
            rs.next();
            assertThat(rs.getLong(1)).as("only the committed edit is in the feed").isEqualTo(1);
        }
    }

    @Test
    void theNotificationCarriesOnlyARevisionNumber() throws Exception {
        Connection listener = connect(STAFF);
        try (Statement st = listener.createStatement()) {
            st.execute("LISTEN " + PostgresChangeFeed.CHANNEL);
        }
        renameAsA("Rahasia banjir bandang");
        List<PGNotification> got = new ArrayList<>();
        Polling.await(Duration.ofSeconds(2), "a notification", () -> {
            try {
                PGNotification[] n = listener.unwrap(PGConnection.class).getNotifications(100);
                if (n != null) {
                    got.addAll(List.of(n));
                }
                return !got.isEmpty();
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
        String payload = got.get(0).getParameter();
        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(payload).matches("\\d+").doesNotContain("Rahasia").isEqualTo(String.valueOf(serverRevision()));
    }

    @Test
    void aTerminatedListenerReconnectsAndCatchesUpOnEveryEditMissed() throws Exception {
        Recorder b = watch(url, fast(Duration.ofMillis(1500)));
        long before = b.feed.lastRevision();
        EmbeddedPostgresSupport.superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database + "' AND application_name = 'Warta live updates'");
        Polling.await(Duration.ofSeconds(5), "B notices the lost connection", () -> !b.lastStatus().online());
        assertThat(b.lastStatus()).isEqualTo(FeedStatus.offline(FeedStatus.Reason.LOST));
        renameAsA("Satu");
        renameAsA("Dua");
        renameAsA("Tiga");
        Polling.await(Duration.ofSeconds(10), "B catches up after reconnecting", () -> b.feed.lastRevision() == before + 3);
        assertThat(b.lastStatus()).isEqualTo(FeedStatus.ONLINE);
        assertThat(b.changes).as("the three missed edits in one catch-up")
                .containsExactly(new Changes(before, before + 3, Set.of("post")));
    }

    @Test
    void aFrozenServerIsReportedOfflineAndTheFeedCatchesUpAfterThawing() throws Exception {
        FreezableProxy proxy = new FreezableProxy(EmbeddedPostgresSupport.server().getPort());
        toClose.add(proxy);
        Recorder b = watch("jdbc:postgresql://localhost:" + proxy.port() + "/" + database, fast(Duration.ofMillis(200)));
        long before = b.feed.lastRevision();
        proxy.freeze();
        // Detection window in this configuration: ping 0.3 s + socket timeout 1 s; allow plenty more.
        Polling.await(Duration.ofSeconds(8), "B reports the frozen server", () -> !b.lastStatus().online());
        assertThat(b.statuses).contains(FeedStatus.offline(FeedStatus.Reason.NOT_RESPONDING));
        renameAsA("Saat server beku");
        proxy.thaw();
        Polling.await(Duration.ofSeconds(15), "B back online and caught up",
                () -> b.lastStatus().online() && b.feed.lastRevision() == before + 1);
        assertThat(b.changes).containsExactly(new Changes(before, before + 1, Set.of("post")));
    }

    @Test
    void aStaffLoginReadsTheFeedButCannotWriteIt() throws Exception {
        Connection staff = connect(STAFF);
        for (String sql : List.of("INSERT INTO change_log (rev, entity, id, op) VALUES (999, 'post', 'x', 'U')",
                "UPDATE change_log SET op = 'D'", "DELETE FROM change_log", "UPDATE sync_state SET rev = rev + 100",
                "INSERT INTO sync_state (id, rev) VALUES (2, 0)", "TRUNCATE change_log")) {
            assertThatThrownBy(() -> {
                try (Statement st = staff.createStatement()) {
                    st.execute(sql);
                }
            }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        long before = serverRevision();
        try (Statement st = staff.createStatement()) {
            assertThat(st.executeUpdate("UPDATE post SET title = 'Oleh staf' WHERE id = '" + postId + "'")).isEqualTo(1);
            try (ResultSet rs = st.executeQuery("SELECT rev, entity, id, op FROM change_log ORDER BY rev DESC LIMIT 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).as("the staff's own edit goes through the owner's trigger").isEqualTo(before + 1);
                assertThat(rs.getString(2)).isEqualTo("post");
                assertThat(rs.getString(3)).isEqualTo(postId);
                assertThat(rs.getString(4)).isEqualTo("U");
            }
        }
    }

    @Test
    void oneTransactionIsOneRevisionHoweverManyRowsItTouches() throws Exception {
        long before = serverRevision();
        try (Connection a = connect(EmbeddedPostgresSupport.OWNER)) {
            a.setAutoCommit(false);
            try (Statement st = a.createStatement()) {
                st.executeUpdate("UPDATE post SET title = 'Satu' WHERE id = '" + postId + "'");
                st.executeUpdate("UPDATE post SET title = 'Dua' WHERE id = '" + postId + "'");
                st.executeUpdate("UPDATE client SET short_name = 'DK' WHERE id = '" + clientId + "'");
            }
            a.commit();
        }
        assertThat(serverRevision()).isEqualTo(before + 1);
        try (Connection c = connect(EmbeddedPostgresSupport.OWNER); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT entity, count(*) FROM change_log WHERE rev = " + (before + 1)
                     + " GROUP BY entity ORDER BY entity")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "=" + rs.getLong(2));
            }
            assertThat(rows).containsExactly("client=1", "post=1");
        }
    }

    @Test
    void writersCrossingEachOtherWaitForRowsNotForTheCounter() throws Exception {
        Post second = TestDatabases.post(clientId, "Kedua", WorkflowState.DRAFT, Instant.parse("2026-12-02T02:00:00Z"));
        try (PostgresDatabase owner = PostgresDatabase.open(url, EmbeddedPostgresSupport.ownerProperties(),
                EmbeddedPostgresSupport.SCHEMA)) {
            owner.newTransactor().writeRun(() -> new JdbcPostRepository(owner).save(second));
        }
        long before = serverRevision();
        Connection a = connect(EmbeddedPostgresSupport.OWNER);
        Connection b = connect(EmbeddedPostgresSupport.OWNER);
        a.setAutoCommit(false);
        b.setAutoCommit(false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            rename(a, postId, "A satu");
            // Were the counter taken at the first row (not at commit), B would now wait for A's counter
            // while holding its row, and A's next statement would close a deadlock.
            pool.submit(() -> rename(b, second.id(), "B dua")).get(5, TimeUnit.SECONDS);
            Future<Integer> aSecond = pool.submit(() -> rename(a, second.id(), "A dua"));
            b.commit();
            assertThat(aSecond.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            a.commit();
        } finally {
            pool.shutdownNow();
        }
        assertThat(serverRevision()).isEqualTo(before + 2);
    }

    private static int rename(Connection c, String id, String title) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE post SET title = ? WHERE id = ?")) {
            st.setString(1, title);
            st.setString(2, id);
            return st.executeUpdate();
        }
    }

    @Test
    void everySharedTableFeedsTheChangeLog() throws Exception {
        Set<String> unwatched = Set.of("sync_state", "change_log", "flyway_schema_history", "audit_log",
                "ical_publication", "caldav_resource");
        try (Connection c = connect(EmbeddedPostgresSupport.OWNER); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     + "WHERE n.nspname = 'warta' AND c.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM pg_trigger t "
                     + "WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_change_feed') ORDER BY 1")) {
            List<String> missing = new ArrayList<>();
            while (rs.next()) {
                if (!unwatched.contains(rs.getString(1))) {
                    missing.add(rs.getString(1));
                }
            }
            assertThat(missing).as("tables without a change-feed trigger (add one in the table's migration)").isEmpty();
        }
    }

    /** Desktop B's listener: what it heard, in order. */
    static final class Recorder implements ChangeFeed.Listener {
        final PostgresChangeFeed feed;
        final List<Changes> changes = new CopyOnWriteArrayList<>();
        final List<FeedStatus> statuses = new CopyOnWriteArrayList<>();

        Recorder(PostgresChangeFeed feed) {
            this.feed = feed;
        }

        @Override
        public void changed(Changes c) {
            changes.add(c);
        }

        @Override
        public void status(FeedStatus status) {
            statuses.add(status);
        }

        FeedStatus lastStatus() {
            return statuses.isEmpty() ? FeedStatus.offline(FeedStatus.Reason.UNREACHABLE) : statuses.get(statuses.size() - 1);
        }
    }
}
