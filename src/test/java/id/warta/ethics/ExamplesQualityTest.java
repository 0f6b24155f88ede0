package id.warta.ethics;

import id.warta.domain.EthicsCategory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Precision and recall per core category on the shared labelled sample (../shared/ethics). The
 * floors are what the rules reach without special-casing any sentence; raise them as rules improve.
 */
class ExamplesQualityTest {
    static final double RECALL_FLOOR = 0.95;
    static final double PRECISION_FLOOR = 0.9;
    static final double CLEAN_ALARM_CEILING = 0.03;

    @Test
    void corePrecisionAndRecallOnSharedSampleStayAboveFloors() throws IOException {
        String shared = System.getProperty("warta.test.shared", "../shared");
        Path file = Path.of(shared, "ethics", "examples.jsonl");
        assumeTrue(Files.isReadable(file), "Skipped: shared sample not found at " + file.toAbsolutePath()
                + " (a plain clone has no ../shared)");
        LabelledSample sample = LabelledSample.read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        EthicsChecker checker = TestPacks.checker();

        StringBuilder report = new StringBuilder();
        Map<EthicsCategory, LabelledSample.Score> scores = sample.score(checker, report);
        System.out.println("Ethics quality on " + file.getFileName() + " (" + sample.examples().size() + " drafts)");
        System.out.print(LabelledSample.table(scores));
        double alarms = sample.cleanFalseAlarmRate(checker, report);
        System.out.printf(java.util.Locale.ROOT, "clean drafts with any BLOCK or WARN: %.1f%%%n", alarms * 100);
        System.out.print(report);

        assertThat(alarms).as("share of clean drafts with a BLOCK or WARN").isLessThanOrEqualTo(CLEAN_ALARM_CEILING);
        scores.forEach((category, score) -> {
            assertThat(score.recall()).as("recall of " + category).isGreaterThanOrEqualTo(RECALL_FLOOR);
            assertThat(score.precision()).as("precision of " + category).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        });
    }
}
