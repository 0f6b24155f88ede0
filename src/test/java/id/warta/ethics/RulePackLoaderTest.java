package id.warta.ethics;

import id.warta.domain.EthicsCategory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulePackLoaderTest {

    @Test
    void bundledPackExposesItsVersionAndCoversEveryCoreCategory() {
        RulePack pack = TestPacks.pack();

        assertThat(pack.version()).isEqualTo(RulePackLoader.CURRENT_VERSION).isEqualTo("2026.1");
        assertThat(pack.rules()).extracting(Rule::category)
                .containsAll(Arrays.stream(EthicsCategory.values()).filter(EthicsCategory::isCore).collect(Collectors.toSet()));
        assertThat(pack.rules()).allSatisfy(rule -> {
            assertThat(rule.messages().id()).isNotBlank();
            assertThat(rule.messages().en()).isNotBlank();
            assertThat(rule.principles()).allMatch(p -> p >= 1 && p <= 8);
            assertThat(rule.legalBasis().instrument()).isNotBlank();
        });
    }

    @Test
    void missingPackGivesAClearMessage() {
        assertThatThrownBy(() -> new RulePackLoader().load("1999.9"))
                .isInstanceOf(RulePackException.class).hasMessageContaining("ethics/rulepack/1999.9/pack.json");
    }

    @Test
    void brokenJsonNamesTheFile() {
        Map<String, String> files = minimalPack();
        files.put("ethics/rulepack/t/rules.json", "{\"rules\": [ {");

        assertThatThrownBy(() -> load(files)).isInstanceOf(RulePackException.class)
                .hasMessageContaining("rules.json is not valid JSON");
    }

    @Test
    void unknownDetectorAndBadPatternNameTheRule() {
        Map<String, String> files = minimalPack();
        files.put("ethics/rulepack/t/rules.json", rules("\"type\":\"telepathy\",\"params\":{}"));
        assertThatThrownBy(() -> load(files)).hasMessageContaining("rule x.test: unknown detector 'telepathy'");

        files.put("ethics/rulepack/t/rules.json", rules("\"type\":\"timeZone\",\"params\":{\"times\":[\"(unclosed\"],\"zone\":\"WIB\"}"));
        assertThatThrownBy(() -> load(files)).hasMessageContaining("rule x.test").hasMessageContaining("invalid pattern");
    }

    @Test
    void missingLexiconNamesTheFile() {
        Map<String, String> files = minimalPack();
        files.put("ethics/rulepack/t/rules.json", rules("\"type\":\"lexicon\",\"params\":{\"lexicon\":\"nope\"}"));

        assertThatThrownBy(() -> load(files)).hasMessageContaining("lexicon/nope.txt");
    }

    @Test
    void aNewWordIsADataChange() {
        Map<String, String> files = minimalPack();
        files.put("ethics/rulepack/t/lexicon/words.txt", "# comment\nsemprul\n");
        files.put("ethics/rulepack/t/rules.json", rules("\"type\":\"lexicon\",\"params\":{\"lexicon\":\"words\"}"));

        EthicsChecker checker = new EthicsChecker(load(files));

        assertThat(checker.check("Dasar semprul!", CheckContext.EMPTY)).extracting(f -> f.excerpt()).containsExactly("semprul");
        assertThat(checker.rulePackVersion()).isEqualTo("t");
    }

    private static RulePack load(Map<String, String> files) {
        return new RulePackLoader(path -> {
            String content = files.get(path);
            return content == null ? null : (InputStream) new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        }).load("t");
    }

    private static Map<String, String> minimalPack() {
        Map<String, String> files = new HashMap<>();
        files.put("ethics/rulepack/t/pack.json", "{\"version\":\"t\",\"ruleFiles\":[\"rules.json\"],\"frames\":{"
                + "\"clarificationLabels\":\"f\",\"refutations\":\"f\",\"claims\":\"f\",\"prevention\":\"f\",\"officialSources\":\"f\"}}");
        files.put("ethics/rulepack/t/lexicon/f.txt", "hoaks\n");
        return files;
    }

    private static String rules(String detector) {
        return "{\"rules\":[{\"id\":\"x.test\",\"category\":\"INSULT_PROFANITY\",\"principles\":[1],\"severity\":\"BLOCK\","
                + "\"legal_basis\":{\"instrument\":\"test\"},\"detector\":{" + detector + "},"
                + "\"messages\":{\"id\":\"pesan\",\"en\":\"message\"}}]}";
    }
}
