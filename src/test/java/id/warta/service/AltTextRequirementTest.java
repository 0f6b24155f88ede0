package id.warta.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.domain.Finding;
import id.warta.domain.MediaRef;
import id.warta.domain.Severity;
import id.warta.ethics.CheckContext;
import id.warta.ethics.EthicsChecker;
import id.warta.ethics.RulePackLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule pack's alt-text rule with the editor's media: an image without alt text blocks. */
class AltTextRequirementTest {
    private static final EthicsChecker CHECKER = new EthicsChecker(new RulePackLoader().loadCurrent());

    private static List<Finding> altFindings(List<MediaRef> media) {
        List<Finding> all = EthicsService.requireAltTextOnImages(CHECKER.check("Jadwal vaksinasi Sabtu ini.",
                CheckContext.EMPTY.withMedia(media)), media);
        return all.stream().filter(f -> f.ruleId().equals(EthicsService.ALT_TEXT_RULE)).toList();
    }

    @Test
    void anImageWithoutAltTextIsABlockingFinding() {
        assertThat(altFindings(List.of(new MediaRef("0123456789abcdef-poster.png", ""))))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
    }

    @Test
    void altTextClearsIt() {
        assertThat(altFindings(List.of(new MediaRef("0123456789abcdef-poster.png", "Poster jadwal vaksinasi"))))
                .isEmpty();
    }

    @Test
    void aVideoWithoutDescriptionStaysAWarningAsTheRulePackSays() {
        assertThat(altFindings(List.of(new MediaRef("0123456789abcdef-klip.mp4", ""))))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }
}
