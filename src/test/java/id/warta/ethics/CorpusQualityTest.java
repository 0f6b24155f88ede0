package id.warta.ethics;

import id.warta.domain.EthicsCategory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall on Warta's own fictional corpus (src/test/resources/ethics/corpus.jsonl),
 * written apart from the shared sample so the rules are measured on drafts they were not built on.
 */
class CorpusQualityTest {

    @Test
    void corePrecisionAndRecallOnOwnCorpusStayAboveFloors() throws IOException {
        LabelledSample sample;
        try (InputStream in = getClass().getResourceAsStream("/ethics/corpus.jsonl")) {
            assertThat(in).as("corpus.jsonl on the test classpath").isNotNull();
            sample = LabelledSample.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        EthicsChecker checker = TestPacks.checker();

        StringBuilder report = new StringBuilder();
        Map<EthicsCategory, LabelledSample.Score> scores = sample.score(checker, report);
        double alarms = sample.cleanFalseAlarmRate(checker, report);
        System.out.println("Ethics quality on corpus.jsonl (" + sample.examples().size() + " drafts)");
        System.out.print(LabelledSample.table(scores));
        System.out.printf(Locale.ROOT, "clean drafts with any BLOCK or WARN: %.1f%%%n", alarms * 100);
        System.out.print(report);

        assertThat(sample.examples()).as("drafts in the own corpus").hasSizeGreaterThanOrEqualTo(200);
        assertThat(alarms).isLessThanOrEqualTo(ExamplesQualityTest.CLEAN_ALARM_CEILING);
        scores.forEach((category, score) -> {
            assertThat(score.recall()).as("recall of " + category).isGreaterThanOrEqualTo(ExamplesQualityTest.RECALL_FLOOR);
            assertThat(score.precision()).as("precision of " + category).isGreaterThanOrEqualTo(ExamplesQualityTest.PRECISION_FLOOR);
        });
    }
}
