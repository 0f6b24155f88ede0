package id.warta.ethics;

import id.warta.domain.Channel;
import id.warta.domain.EthicsCategory;
import id.warta.domain.Finding;
import id.warta.domain.MediaRef;
import id.warta.domain.Severity;
import id.warta.domain.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class EthicsCheckerTest {
    private final EthicsChecker checker = TestPacks.checker();

    private static final String MIXED = "Kabarnya Pak Darto, Lurah Sukamaju, itu koruptor 🙄. Hubungi Mbak Ani 0812-3456-7890. "
            + "Angka stunting turun jadi 12,3%! Jancuk. Acara pukul 19.00 di alun-alun.";

    @Test
    void findingsAreSortedAndTheirExcerptsAreExactSpansOfTheOriginal() {
        List<Finding> findings = checker.check(MIXED, CheckContext.EMPTY);

        assertThat(findings).hasSizeGreaterThanOrEqualTo(5);
        assertThat(findings).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(findings).allSatisfy(f -> assertThat(MIXED.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
        assertThat(findings).extracting(Finding::category).contains(EthicsCategory.HOAX_UNVERIFIED,
                EthicsCategory.DEFAMATION, EthicsCategory.PERSONAL_DATA, EthicsCategory.MISSING_SOURCE,
                EthicsCategory.INSULT_PROFANITY, EthicsCategory.TIMEZONE_MISSING);
    }

    @Test
    void verdictIsTheStrongestSeverityAndInfoAloneIsPass() {
        Finding info = new Finding("x", EthicsCategory.FORMAT, List.of(8), Severity.INFO, 0, 0, "", "", "");
        Finding warn = info.withSeverity(Severity.WARN);
        Finding block = info.withSeverity(Severity.BLOCK);

        assertThat(Verdict.of(List.of())).isEqualTo(Verdict.PASS);
        assertThat(Verdict.of(List.of(info))).isEqualTo(Verdict.PASS);
        assertThat(Verdict.of(List.of(info, warn))).isEqualTo(Verdict.WARN);
        assertThat(Verdict.of(List.of(warn, block, info))).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void aHitFoundOnlyByStemmingIsAtMostWarn() {
        List<Finding> findings = checker.check("Oknum itu terus menghina agama warga.", CheckContext.EMPTY);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("sara.religious_insult"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARN);
                    assertThat(f.excerpt()).isEqualTo("menghina agama");
                });
        assertThat(checker.check("Penghinaan agama tidak dibenarkan.", CheckContext.EMPTY))
                .extracting(Finding::ruleId).contains("sara.religious_insult");
    }

    @Test
    void electionWindowTurnsPartisanIntoBlock() {
        String text = "Terima kasih Bupati, lanjutkan!";

        assertThat(Verdict.of(checker.check(text, CheckContext.EMPTY))).isEqualTo(Verdict.WARN);
        assertThat(Verdict.of(checker.check(text, CheckContext.EMPTY.withElectionWindow(true)))).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void watchListTermsAreFoundAndAllowTermsAreNeverFlagged() {
        WatchList lists = new WatchList(List.of(
                new WatchTerm("Budi Santoso", WatchTerm.Kind.CANDIDATE),
                new WatchTerm("Partai Cahaya", WatchTerm.Kind.PARTY),
                new WatchTerm("Waduk Sekar", WatchTerm.Kind.SENSITIVE_PROJECT),
                new WatchTerm("gratisan", WatchTerm.Kind.AVOIDED_WORD)),
                Set.of("0812 3456 7890", "humas.pribadi@gmail.com"));
        String text = "Budi Santoso hadir di Waduk Sekar, acara gratisan. Info 0812-3456-7890 atau humas.pribadi@gmail.com";

        List<Finding> findings = checker.check(text, CheckContext.EMPTY.withWatchList(lists));

        assertThat(findings).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("client.candidate", "client.sensitive_project", "client.avoided_word");
    }

    @Test
    void mutedRulesDropWarnButNeverBlock() {
        CheckContext muted = CheckContext.EMPTY.withMutedRules(Set.of("time.zone_missing", "insult.profanity"));

        List<Finding> findings = checker.check("Jancuk, acara pukul 19.00 di alun-alun.", muted);

        assertThat(findings).extracting(Finding::ruleId).containsExactly("insult.profanity");
    }

    @Test
    void mediaWithoutAltTextAndTextOverTheChannelLimitAreReported() {
        CheckContext context = CheckContext.of(Channel.X, null)
                .withMedia(List.of(new MediaRef("poster.png", ""), new MediaRef("foto.jpg", "Warga menanam pohon")));
        String text = "Kerja bakti. ".repeat(30);

        List<Finding> findings = checker.check(text, context);

        assertThat(findings).extracting(Finding::ruleId).contains("a11y.alt_text", "format.channel_length");
        Finding length = findings.stream().filter(f -> f.ruleId().equals("format.channel_length")).findFirst().orElseThrow();
        assertThat(length.start()).isEqualTo(280);
        assertThat(length.end()).isEqualTo(text.length());
    }

    @Test
    void announcedNikThatDoesNotValidateIsAWarning() {
        List<Finding> findings = checker.check("NIK pemohon: 1234567890123456", CheckContext.EMPTY);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("pii.nik");
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.messageEn()).contains("does not validate");
        });
    }

    @Test
    void oddWatchListEntriesNeitherFailNorMatchEverything() {
        WatchList lists = new WatchList(List.of(new WatchTerm("((", WatchTerm.Kind.AVOIDED_WORD),
                new WatchTerm("   ", WatchTerm.Kind.CANDIDATE), new WatchTerm(".*", WatchTerm.Kind.PARTY)), Set.of("", "  "));

        assertThat(checker.check("Selamat pagi warga (semua).", CheckContext.EMPTY.withWatchList(lists))).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<Finding> expected = checker.check(MIXED, CheckContext.EMPTY);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Finding>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> checker.check(MIXED, CheckContext.EMPTY)));
            }
            for (var result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPostDeclaredAsHoaxClarificationSilencesTheRefutedClaimAndNeedsALabel() {
        String text = "Kabarnya PDAM akan menghentikan aliran air selama seminggu. Sumber: perumdam.kota.go.id";
        CheckContext clarification = CheckContext.of(null, id.warta.domain.ContentType.HOAX_CLARIFICATION);

        assertThat(checker.check(text, CheckContext.EMPTY)).extracting(Finding::category).contains(EthicsCategory.HOAX_UNVERIFIED);
        assertThat(checker.check(text, clarification)).extracting(Finding::ruleId).containsExactly("clarification.format");
    }

    @Test
    void emptyAndNullTextsHaveNoFindings() {
        assertThat(checker.check("", CheckContext.EMPTY)).isEmpty();
        assertThat(checker.check(null, null)).isEmpty();
    }

    /**
     * Long runs of one character, thousands of hashtags, endless digit groups: each must finish
     * (well under a second of CPU on the build machine; docs/ethics.md). No time is asserted, the
     * 10-second guard only turns a hang or a quadratic scan into a failure instead of a stuck build.
     */
    @Test
    void pathologicalInputsFinish() {
        List<String> inputs = List.of(
                "a".repeat(1_000_000),
                "!".repeat(1_000_000),
                "1".repeat(1_000_000),
                " ".repeat(1_000_000),
                "#tag ".repeat(5_000),
                "#a".repeat(5_000),
                "#Tag".repeat(20_000),
                "1.".repeat(50_000),
                "1 ".repeat(100_000),
                "b a ".repeat(50_000),
                "0812 ".repeat(30_000),
                "x@".repeat(50_000) + "y.com",
                "RT 1/".repeat(30_000),
                "https://a.".repeat(15_000),
                "\"".repeat(200_000));
        for (String input : inputs) {
            List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> checker.check(input, CheckContext.EMPTY), () -> "input starting " + input.substring(0, 10));
            assertThat(findings).as("input starting " + input.substring(0, 10)).isNotNull()
                    .allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(input.length()));
        }
    }

    @Test
    void isFastEnoughToRunWhileTyping() {
        String draft = (MIXED + " ").repeat(20).substring(0, 2_000);
        for (int i = 0; i < 300; i++) {
            checker.check(draft, CheckContext.EMPTY);
        }
        int rounds = 200;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            checker.check(draft, CheckContext.EMPTY);
        }
        double millis = (System.nanoTime() - started) / 1e6 / rounds;
        System.out.printf("Ethics check of a 2,000-char draft: %.2f ms%n", millis);
        // Not a benchmark (see docs/ethics.md): only a guard against an accidental slowdown by orders of magnitude.
        assertThat(millis).isLessThan(50);
    }
}
