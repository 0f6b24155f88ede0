package id.warta.ethics;

import org.junit.jupiter.api.Test;

import static id.warta.ethics.WatchTermCheck.Problem.EMPTY;
import static id.warta.ethics.WatchTermCheck.Problem.LOOSE_WILDCARD;
import static id.warta.ethics.WatchTermCheck.Problem.NO_WORDS;
import static id.warta.ethics.WatchTermCheck.Problem.PATTERN_SYNTAX;
import static id.warta.ethics.WatchTermCheck.Problem.TOO_LONG;
import static id.warta.ethics.WatchTermCheck.Problem.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

class WatchTermCheckTest {

    @Test
    void namesPhrasesAndMaskedWordsAreAccepted() {
        assertThat(WatchTermCheck.problemOf("Hendra Purnawangsa", false)).isEmpty();
        assertThat(WatchTermCheck.problemOf("Bendungan Lestari Raya", false)).isEmpty();
        assertThat(WatchTermCheck.problemOf("k*fir", false)).isEmpty();
        assertThat(WatchTermCheck.problemOf("b**gsat", false)).isEmpty();
        assertThat(WatchTermCheck.problemOf("PDIP", false)).isEmpty();
        assertThat(WatchTermCheck.problemOf("x".repeat(WatchTermCheck.MAX_LENGTH), false)).isEmpty();
    }

    @Test
    void absurdTermsAreRefusedWithTheirReason() {
        assertThat(WatchTermCheck.problemOf(null, false)).contains(EMPTY);
        assertThat(WatchTermCheck.problemOf("  \t ", false)).contains(EMPTY);
        assertThat(WatchTermCheck.problemOf("x".repeat(201), false)).contains(TOO_LONG);
        assertThat(WatchTermCheck.problemOf("!!! ... ---", false)).contains(NO_WORDS);
        assertThat(WatchTermCheck.problemOf("🙏🙏", false)).contains(NO_WORDS);
        assertThat(WatchTermCheck.problemOf("a", false)).contains(TOO_SHORT);
        assertThat(WatchTermCheck.problemOf("(.*)", false)).contains(PATTERN_SYNTAX);
        assertThat(WatchTermCheck.problemOf("[a-z]+", false)).contains(PATTERN_SYNTAX);
        assertThat(WatchTermCheck.problemOf("budi|andi", false)).contains(PATTERN_SYNTAX);
        assertThat(WatchTermCheck.problemOf("kafir*", false)).contains(LOOSE_WILDCARD);
        assertThat(WatchTermCheck.problemOf("* nama", false)).contains(LOOSE_WILDCARD);
    }

    @Test
    void allowTermsKeepTheirPunctuation() {
        assertThat(WatchTermCheck.problemOf("0811-0000-7117", true)).isEmpty();
        assertThat(WatchTermCheck.problemOf("humas@kab-contoh.go.id", true)).isEmpty();
        assertThat(WatchTermCheck.problemOf("@bpbd_nusa", true)).isEmpty();
        assertThat(WatchTermCheck.problemOf("+62 811?", true)).isEmpty();
        assertThat(WatchTermCheck.problemOf("***", true)).contains(NO_WORDS);
    }

    @Test
    void unusableTermsAlreadyStoredAreIgnoredByTheChecker() {
        WatchList list = new WatchList(java.util.List.of(new WatchTerm("(.*)", WatchTerm.Kind.AVOIDED_WORD),
                new WatchTerm("a", WatchTerm.Kind.AVOIDED_WORD), new WatchTerm("Waduk Sindang", WatchTerm.Kind.SENSITIVE_PROJECT)),
                java.util.Set.of());
        assertThat(list.terms()).extracting(WatchTerm::term).containsExactly("Waduk Sindang");
    }
}
