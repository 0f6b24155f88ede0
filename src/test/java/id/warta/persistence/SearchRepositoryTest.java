package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.service.SearchHit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The FTS5 index of migration V8 and the query built from what a user types. */
class SearchRepositoryTest {
    private static final Instant AT = Instant.parse("2026-12-04T02:00:00Z");

    @TempDir
    Path dir;
    SqliteDatabase db;
    SqliteTransactor tx;
    JdbcSearchRepository search;
    JdbcPostRepository posts;
    String client;
    String account;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("search.db"), "test");
        tx = new SqliteTransactor(db);
        search = new JdbcSearchRepository(db);
        posts = new JdbcPostRepository(db);
        String[] ids = TestDatabases.clientWithAccount(db);
        client = ids[0];
        account = ids[1];
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Post add(String title, String body) {
        return tx.write(() -> {
            Post p = posts.save(new Post(id.warta.domain.Ids.newId(), client, null, title, body,
                    id.warta.domain.ContentType.EDUCATIONAL, WorkflowState.DRAFT, List.of(), List.of(), null, AT, AT, 0));
            posts.saveTarget(PostTarget.create(p.id(), account, AT));
            return p;
        });
    }

    private List<String> find(String text) {
        return tx.read(() -> search.search(text, Set.of(client), 50)).stream().map(SearchHit::postId).toList();
    }

    @Test
    void theStartOfAWordFindsTitlesAndBodiesAndTitlesRankFirst() {
        Post inBody = add("Siaga cuaca", "Waspadai banjir rob di pesisir utara.");
        Post inTitle = add("Posko banjir dibuka", "Warga dapat mengungsi ke balai kota.");
        add("Vaksinasi gratis", "Di puskesmas terdekat.");

        assertThat(find("banj")).containsExactly(inTitle.id(), inBody.id());
        assertThat(find("BANJIR pesisir")).containsExactly(inBody.id());
        assertThat(find("vaks pusk")).hasSize(1);
        assertThat(find("kebakaran")).isEmpty();

        SearchHit hit = tx.read(() -> search.search("posko", Set.of(client), 50)).get(0);
        assertThat(hit.title()).isEqualTo("Posko banjir dibuka");
        assertThat(hit.firstAt()).isEqualTo(AT);
        assertThat(hit.handle()).isEqualTo("@dinkes_contoh");
        assertThat(hit.publications()).isEqualTo(1);
        assertThat(hit.clientName()).startsWith("Dinas Kesehatan Contoh");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        Post cafe = add("Kafé literasi di perpustakaan", "Membaca bersama.");
        Post plain = add("Pentas seni", "Tari Saman dan Reog Ponorogo di alun-alun.");

        assertThat(find("kafe")).containsExactly(cafe.id());
        assertThat(find("KAFÉ")).containsExactly(cafe.id());
        assertThat(find("réog")).containsExactly(plain.id());
    }

    @Test
    void quotesOperatorsAndPunctuationAreTextNeverSyntax() {
        Post post = add("Jadwal \"Jum'at Bersih\" 10:00", "Kerja bakti -- bawa sapu* dan (karung) NOT plastik.");
        for (String typed : List.of("\"", "\"jum", "jum\"", "*", "-", ":", "10:00", "sapu*", "-bawa", "(karung",
                "NOT", "AND OR", "NEAR(", "^", "'", "\\", "jum'at", "col:bersih", "title:jadwal", "{title}", "\"\"\"")) {
            assertThatCode(() -> find(typed)).as(typed).doesNotThrowAnyException();
        }
        assertThat(find("\"jum")).containsExactly(post.id());
        assertThat(find("jum'at")).containsExactly(post.id());
        assertThat(find("10:00")).containsExactly(post.id());
        assertThat(find("sapu*")).containsExactly(post.id());
        assertThat(find("-bawa")).containsExactly(post.id());
        assertThat(find("NOT plastik")).containsExactly(post.id());
        // A column filter is not one: "title" is a plain word, and this post does not contain it.
        assertThat(find("title:jadwal")).isEmpty();
        assertThat(find("jadwal:")).containsExactly(post.id());
        assertThat(find("*")).isEmpty();
        assertThat(find("   ")).isEmpty();
    }

    @Test
    void onlyTheGivenClientsAndAtMostTheLimit() {
        add("Banjir di hulu", "Isi.");
        assertThat(tx.read(() -> search.search("banjir", Set.of("another-client"), 50))).isEmpty();
        assertThat(tx.read(() -> search.search("banjir", Set.of(), 50))).isEmpty();
        for (int i = 0; i < 60; i++) {
            add("Info banjir " + i, "Isi.");
        }
        assertThat(tx.read(() -> search.search("banjir", Set.of(client), 50))).hasSize(50);
    }

    @Test
    void theIndexFollowsUpdatesAndDeletes() throws Exception {
        Post post = add("Lomba foto", "Kirim karya sebelum akhir bulan.");
        assertThat(find("lomba")).containsExactly(post.id());

        Post saved = posts.findById(post.id()).map(p -> tx.write(() -> posts.save(new Post(p.id(), p.clientId(), null,
                "Sayembara logo", "Kirim desain sebelum tanggal 20.", p.contentType(), p.state(), p.hashtags(),
                p.media(), p.authorId(), p.createdAt(), p.updatedAt(), p.version())))).orElseThrow();
        assertThat(find("lomba")).isEmpty();
        assertThat(find("karya")).isEmpty();
        assertThat(find("sayem")).containsExactly(saved.id());
        assertThat(find("desain")).containsExactly(saved.id());

        tx.writeRun(() -> {
            try (Statement st = db.connection().createStatement()) {
                st.executeUpdate("DELETE FROM post WHERE id = '" + saved.id() + "'");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(find("sayem")).isEmpty();
        try (Statement st = db.connection().createStatement()) {
            // An external-content index that drifted from post fails this check with an SQL error.
            st.executeUpdate("INSERT INTO post_search(post_search, rank) VALUES ('integrity-check', 1)");
        }
    }

    @Test
    void postsWrittenBeforeTheMigrationAreIndexedByIt() throws Exception {
        Path file = dir.resolve("old.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure(getClass().getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
                .placeholders(Map.of("strict", "STRICT", "instant", "TEXT", "bool", "INTEGER"))
                .target("7").load().migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO client(id, name, short_name) VALUES ('c1', 'Dinas Kominfo', 'Kominfo')");
            st.executeUpdate("INSERT INTO post(id, client_id, title, body, content_type, state, created_at, updated_at) "
                    + "VALUES ('p1', 'c1', 'Sosialisasi pajak daerah', 'Bayar tepat waktu.', 'educational', 'draft', "
                    + "'2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')");
        }
        try (SqliteDatabase upgraded = SqliteDatabase.open(file, "test")) {
            var found = new SqliteTransactor(upgraded).read(() ->
                    new JdbcSearchRepository(upgraded).search("pajak", Set.of("c1"), 50));
            assertThat(found).singleElement().satisfies(h -> {
                assertThat(h.postId()).isEqualTo("p1");
                assertThat(h.isScheduled()).isFalse();
            });
        }
    }

    @Test
    void theQueryQuotesEveryWordAsAPrefix() {
        assertThat(Fts5Query.of("banj \"Jum'at\" -x:y*")).isEqualTo("\"banj\"* \"Jum\"* \"at\"* \"x\"* \"y\"*");
        assertThat(Fts5Query.of("--- ** ::")).isEmpty();
        assertThat(Fts5Query.words("a b c d e f g h i j k l m n o")).hasSize(Fts5Query.MAX_WORDS);
    }
}
