package id.warta.ethics.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();

    private List<Token> tokens(String text) {
        return tokenizer.tokenize(normalizer.normalize(text));
    }

    @Test
    void lowerCasesAndMapsEveryCharBackToItsOriginalSpan() {
        NormalizedText n = normalizer.normalize("Ａ\u200BB–c");

        assertThat(n.text()).isEqualTo("ab-c");
        assertThat(n.originalStart(0)).isZero();
        assertThat(n.originalStart(1)).as("zero-width space dropped").isEqualTo(2);
        assertThat(n.originalStart(2)).isEqualTo(3);
        assertThat(n.originalEnd(3)).isEqualTo(5);
    }

    @Test
    void nfkcExpansionKeepsSpansOfTheOriginalCodePoint() {
        String original = "x ﬁ y";
        NormalizedText n = normalizer.normalize(original);

        assertThat(n.text()).isEqualTo("x fi y");
        assertThat(n.originalStart(2)).isEqualTo(2);
        assertThat(n.originalStart(3)).isEqualTo(2);
        assertThat(n.originalEnd(3)).isEqualTo(3);
    }

    @Test
    void spacedOutLettersJoinIntoOneTokenSpanningTheOriginal() {
        String text = "Ini b a n g s a t sekali";
        Token joined = tokens(text).get(1);

        assertThat(joined.text()).isEqualTo("bangsat");
        assertThat(joined.isJoined()).isTrue();
        assertThat(text.substring(joined.start(), joined.end())).isEqualTo("b a n g s a t");
    }

    @Test
    void leetspeakAndRepeatedLettersAreFormsNotReplacements() {
        Token leet = tokens("dasar b0d0h").get(1);
        Token repeated = tokens("bodohhh banget").get(0);

        assertThat(leet.text()).isEqualTo("b0d0h");
        assertThat(leet.hasForm("bodoh")).isTrue();
        assertThat(repeated.hasForm("bodoh")).isTrue();
        assertThat(tokens("Anjiiirrr").get(0).hasForm("anjir")).isTrue();
    }

    @Test
    void codesAreNotReadAsLeetspeak() {
        assertThat(tokens("info A1").get(1).forms()).containsExactly("a1");
        assertThat(tokens("menu B2SA").get(1).forms()).containsExactly("b2sa");
    }

    @Test
    void starInsideAWordStandsForOneLetter() {
        Token masked = tokens("dasar b*ngsat").get(1);

        assertThat(masked.hasForm("bangsat")).isTrue();
        assertThat(masked.hasForm("bangsa")).isFalse();
    }

    @Test
    void hashtagsSplitAtCamelCaseAndDigitsWithOriginalOffsets() {
        String text = "#LanjutkanBudi #2Periode";
        List<Token> tokens = tokens(text);

        assertThat(tokens).extracting(Token::text).containsExactly("lanjutkan", "budi", "2", "periode");
        assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("Budi");
        assertThat(tokens.get(0).isHashtag()).isTrue();
    }

    @Test
    void tokensAreWholeWordsSoSubstringsNeverMatch() {
        List<Token> tokens = tokens("Cukup bawa KK, asuransi di pantai.");

        assertThat(tokens).extracting(Token::text).contains("cukup", "asuransi", "pantai").doesNotContain("cuk", "asu", "tai");
    }

    @Test
    void capitalsAreKeptFromTheOriginal() {
        List<Token> tokens = tokens("SANGAT Rahasia kuota");

        assertThat(tokens.get(0).isAllCaps()).isTrue();
        assertThat(tokens.get(1).isCapitalized()).isTrue();
        assertThat(tokens.get(1).isAllCaps()).isFalse();
        assertThat(tokens.get(2).isCapitalized()).isFalse();
    }
}
