package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Client;
import id.warta.domain.EthicsCategory;
import id.warta.domain.Finding;
import id.warta.domain.Verdict;
import id.warta.ethics.RulePackLoader;
import id.warta.persistence.TestDatabases;
import id.warta.service.CheckRecord;
import id.warta.service.EthicsService;
import id.warta.service.StorageException;
import id.warta.service.WatchEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch and allow lists in the database, and check results kept with their rule-pack version. */
class EthicsServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    EthicsService ethics;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("etika.db"), new DataPaths(dir), "test", CLOCK);
        ethics = ws.ethics();
        ws.demo().load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Client bpbd() {
        return ethics.clients().stream().filter(c -> c.shortName().startsWith("BPBD")).findFirst().orElseThrow();
    }

    private String postWithBody(Client client, String body) {
        // A post of the client found in the demo, rewritten with the body under test.
        String id = ws.planning().month(java.time.YearMonth.of(2026, 11), ZoneId.of("Asia/Jakarta")).stream()
                .filter(e -> e.clientId().equals(client.id())).findFirst().orElseThrow().postId();
        return TestPosts.rewrite(ws, id, body);
    }

    @Test
    void theDemoClientsListsAreStoredAndReadBack() {
        List<WatchEntry> entries = ethics.entriesOf(bpbd().id());
        assertThat(entries).extracting(WatchEntry::term)
                .contains("Hendra Purnawangsa", "Partai Harapan Nusa Raya", "0811-0000-7117");
        assertThat(ethics.watchListOfClientNamed("bpbd nusa lestari")).get()
                .satisfies(w -> assertThat(w.allowTerms()).contains("0811-0000-7117"));
        assertThat(ethics.watchListOfClientNamed("Tidak Ada")).isEmpty();
    }

    @Test
    void aTermAlreadyListedIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> ethics.addEntry(bpbd().id(), "hendra purnawangsa", WatchEntry.Kind.CANDIDATE))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DUPLICATE));
        assertThatThrownBy(() -> ethics.addEntry(bpbd().id(), "   ", WatchEntry.Kind.PARTY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnusableTermIsRefusedWithATranslatableReasonAndNothingIsStored() {
        int before = ethics.entriesOf(bpbd().id()).size();
        assertThatThrownBy(() -> ethics.addEntry(bpbd().id(), "(.*)", WatchEntry.Kind.AVOIDED_WORD))
                .isInstanceOfSatisfying(id.warta.service.InvalidWatchTermException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("watch.invalid.pattern_syntax"));
        assertThatThrownBy(() -> ethics.addEntry(bpbd().id(), "x".repeat(201), WatchEntry.Kind.SENSITIVE_PROJECT))
                .isInstanceOfSatisfying(id.warta.service.InvalidWatchTermException.class,
                        e -> assertThat(e.arguments()).containsExactly("120"));
        assertThatThrownBy(() -> ethics.addEntry(bpbd().id(), "...", WatchEntry.Kind.ALLOW))
                .isInstanceOf(id.warta.service.InvalidWatchTermException.class);
        assertThat(ethics.entriesOf(bpbd().id())).hasSize(before);
    }

    @Test
    void aWatchedNameIsFoundAndTheResultIsKeptWithTheRulePackVersion() {
        Client client = bpbd();
        String postId = postWithBody(client, "Kunjungan kerja bersama Hendra Purnawangsa ke posko pengungsian hari ini.");
        CheckRecord record = ethics.checkPost(postId);
        assertThat(record.rulePack()).isEqualTo(RulePackLoader.CURRENT_VERSION);
        assertThat(record.findings()).extracting(Finding::excerpt).contains("Hendra Purnawangsa");
        CheckRecord again = ethics.latestCheckOf(postId).orElseThrow();
        assertThat(again.findings()).isEqualTo(record.findings());
        assertThat(again.verdict()).isEqualTo(record.verdict());
    }

    @Test
    void removingATermStopsItsFinding() {
        Client client = bpbd();
        WatchEntry project = ethics.addEntry(client.id(), "Bendungan Lestari Raya", WatchEntry.Kind.SENSITIVE_PROJECT);
        String postId = postWithBody(client, "Progres Bendungan Lestari Raya akan diumumkan pekan depan.");
        assertThat(ethics.checkPost(postId).findings()).extracting(Finding::excerpt).contains("Bendungan Lestari Raya");
        ethics.removeEntry(project.id());
        assertThat(ethics.checkPost(postId).findings()).extracting(Finding::excerpt)
                .doesNotContain("Bendungan Lestari Raya");
    }

    @Test
    void anAllowedNumberIsNotFlaggedAsPersonalData() {
        Client client = bpbd();
        String body = "Laporkan kejadian bencana ke pusat panggilan kami di 0811-0000-7117 (24 jam).";
        String postId = postWithBody(client, body);
        assertThat(ethics.checkPost(postId).findings()).noneMatch(f -> f.category() == EthicsCategory.PERSONAL_DATA);
        assertThat(ethics.checkPost(postId).verdict()).isNotEqualTo(Verdict.BLOCK);
    }
}
