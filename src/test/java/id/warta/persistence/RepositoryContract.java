package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.domain.AuditChain;
import id.warta.domain.AuditEntry;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Ids;
import id.warta.domain.WorkflowState;
import id.warta.service.Comment;
import id.warta.service.Transactor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portable-SQL contract (docs/team-mode.md): the same repositories and SQL behave the same on
 * SQLite and PostgreSQL. Each backend has a subclass; {@link RepositoryTest} runs on both too.
 */
abstract class RepositoryContract {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    Database db;
    Transactor tx;
    JdbcPostRepository posts;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        db = openDatabase();
        tx = db.newTransactor();
        posts = new JdbcPostRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPlus0700TimeReadsBackAsTheSameInstantToTheMillisecond() {
        Instant at = OffsetDateTime.parse("2026-12-01T09:00:00.123+07:00").toInstant();
        String[] ids = TestDatabases.clientWithAccount(db);
        TestDatabases.addPost(db, ids[0], ids[1], "Sosialisasi pagi", at);
        String id = tx.read(() -> posts.idsInState(WorkflowState.DRAFT)).get(0);
        assertThat(tx.read(() -> posts.findById(id)).orElseThrow().createdAt()).isEqualTo(at);
        assertThat(tx.read(() -> posts.targetsOf(id)).get(0).scheduledAt())
                .isEqualTo(Instant.parse("2026-12-01T02:00:00.123Z"));
    }

    @Test
    void aWibMonthIncludesItsFirstMidnightAndExcludesTheNextOne() {
        String[] ids = TestDatabases.clientWithAccount(db);
        Instant start = LocalDate.of(2026, 12, 1).atStartOfDay(WIB).toInstant();
        Instant end = LocalDate.of(2027, 1, 1).atStartOfDay(WIB).toInstant();
        TestDatabases.addPost(db, ids[0], ids[1], "30 November 23.59 WIB", start.minusMillis(1));
        TestDatabases.addPost(db, ids[0], ids[1], "1 Desember 00.00 WIB", start);
        TestDatabases.addPost(db, ids[0], ids[1], "31 Desember 23.59 WIB", end.minusMillis(1));
        TestDatabases.addPost(db, ids[0], ids[1], "1 Januari 00.00 WIB", end);
        List<CalendarEntry> december = tx.read(() -> posts.calendarEntries(start, end));
        assertThat(december).extracting(CalendarEntry::title)
                .containsExactly("1 Desember 00.00 WIB", "31 Desember 23.59 WIB");
    }

    @Test
    void titleSearchIgnoresCase() {
        String[] ids = TestDatabases.clientWithAccount(db);
        TestDatabases.addPost(db, ids[0], ids[1], "Banjir Rob di Pesisir", Instant.parse("2026-12-01T01:00:00Z"));
        TestDatabases.addPost(db, ids[0], ids[1], "Posko Banjir dibuka", Instant.parse("2026-12-02T01:00:00Z"));
        TestDatabases.addPost(db, ids[0], ids[1], "Vaksinasi anak", Instant.parse("2026-12-03T01:00:00Z"));
        Jdbc jdbc = new Jdbc(db);
        List<String> found = tx.read(() -> jdbc.query("SELECT title FROM post WHERE "
                + Dialect.likeIgnoringCase("title") + " ORDER BY title", st -> st.setString(1, "%banjir%"),
                rs -> rs.getString(1)));
        assertThat(found).containsExactly("Banjir Rob di Pesisir", "Posko Banjir dibuka");
    }

    @Test
    void aBooleanFilterHidesReviewerOnlyComments() {
        String[] ids = TestDatabases.clientWithAccount(db);
        TestDatabases.addPost(db, ids[0], ids[1], "Rilis pers", Instant.parse("2026-12-01T01:00:00Z"));
        String postId = tx.read(() -> posts.idsInState(WorkflowState.DRAFT)).get(0);
        JdbcCommentRepository comments = new JdbcCommentRepository(db);
        Instant t = Instant.parse("2026-12-01T02:00:00Z");
        tx.writeRun(() -> {
            comments.add(new Comment(Ids.newId(), postId, null, "Untuk semua", false, t));
            comments.add(new Comment(Ids.newId(), postId, null, "Catatan peninjau", true, t.plusSeconds(1)));
        });
        assertThat(tx.read(() -> comments.of(postId, false))).extracting(Comment::body).containsExactly("Untuk semua");
        assertThat(tx.read(() -> comments.of(postId, true))).extracting(Comment::body)
                .containsExactly("Untuk semua", "Catatan peninjau");
        Jdbc jdbc = new Jdbc(db);
        assertThat(tx.read(() -> jdbc.queryLong("SELECT count(*) FROM post_comment WHERE reviewer_only = TRUE")))
                .isEqualTo(1L);
    }

    @Test
    void anUpsertReplacesTheValueOfAnExistingKey() {
        JdbcSettingRepository settings = new JdbcSettingRepository(db);
        tx.writeRun(() -> settings.put("demo", "false"));
        tx.writeRun(() -> settings.put("demo", "true"));
        assertThat(tx.read(() -> settings.get("demo"))).contains("true");
        Jdbc jdbc = new Jdbc(db);
        assertThat(tx.read(() -> jdbc.queryLong("SELECT version FROM setting WHERE key = 'demo'"))).isEqualTo(2L);
    }

    @Test
    void anInsertReturningGivesTheRowBackThroughAQuery() {
        Jdbc jdbc = new Jdbc(db);
        Optional<String> back = tx.write(() -> jdbc.queryOne("INSERT INTO setting(key, value) VALUES (?, ?) RETURNING value",
                st -> {
                    st.setString(1, "warna");
                    st.setString(2, "biru");
                }, rs -> rs.getString(1)));
        assertThat(back).contains("biru");
    }

    @Test
    void theAuditChainRoundTripsAndVerifies() {
        JdbcAuditRepository audit = new JdbcAuditRepository(db);
        Instant at = Instant.parse("2026-12-01T02:00:00.456Z");
        tx.writeRun(() -> {
            for (int i = 0; i < 3; i++) {
                AuditEntry draft = new AuditEntry(0, Ids.newId(), at.plusSeconds(i), "sari", "post.create", "post",
                        "p-" + i, "", "{\"judul\":\"Banjir 🌊\"}", "", "");
                audit.append(AuditChain.link(audit.last(), draft));
            }
        });
        List<AuditEntry> all = tx.read(audit::all);
        assertThat(all).hasSize(3);
        assertThat(AuditChain.verify(all, Optional.empty()).intact()).isTrue();
        assertThat(all).extracting(AuditEntry::entityId).containsExactly("p-0", "p-1", "p-2");
    }
}
