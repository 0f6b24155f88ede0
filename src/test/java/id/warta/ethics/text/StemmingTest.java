package id.warta.ethics.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StemmingTest {
    private final Stemmer stemmer = new Stemmer();

    @Test
    void affixedFormsShareTheirStem() {
        assertThat(List.of("menghina", "dihina", "penghinaan", "hina")).allMatch(w -> stemmer.stem(w).equals("hina"));
        assertThat(List.of("memfitnah", "difitnah", "fitnahan")).allMatch(w -> stemmer.stem(w).equals("fitnah"));
    }

    @Test
    void lexiconMatchesByStemOnlyWhenAsked() {
        Lexicon lexicon = new Lexicon("test", List.of("hina"));
        AnalyzedText text = new AnalyzedText("Jangan menghina siapa pun.");

        assertThat(text.matches(lexicon, false)).isEmpty();
        List<LexiconMatch> stemmed = text.matches(lexicon, true);
        assertThat(stemmed).hasSize(1);
        assertThat(stemmed.get(0).viaStem()).isTrue();
        assertThat(text.original().substring(stemmed.get(0).start(), stemmed.get(0).end())).isEqualTo("menghina");
    }

    @Test
    void surfaceMatchWinsAndIsNotMarkedAsStem() {
        Lexicon lexicon = new Lexicon("test", List.of("hina"));

        LexiconMatch match = new AnalyzedText("hina sekali").matches(lexicon, true).get(0);

        assertThat(match.viaStem()).isFalse();
    }

    @Test
    void phrasesMatchAcrossTokensButNeverInsideWords() {
        Lexicon lexicon = new Lexicon("test", List.of("tahi lalat", "cuk"));
        AnalyzedText text = new AnalyzedText("Cukup periksa Tahi  Lalat anda, cuk.");

        assertThat(text.matches(lexicon, false)).extracting(m -> text.original().substring(m.start(), m.end()))
                .containsExactly("Tahi  Lalat", "cuk");
    }
}
