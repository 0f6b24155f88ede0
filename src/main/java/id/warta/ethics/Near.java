package id.warta.ethics;

import id.warta.ethics.text.AnalyzedText;
import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

/** "Is a word of this lexicon just before / after this offset" helpers for the detectors. */
final class Near {
    private Near() {
    }

    /** A match ending within {@code window} tokens before the token that starts at {@code offset}. */
    static LexiconMatch before(AnalyzedText text, Lexicon lexicon, int offset, int window) {
        int at = text.firstTokenAtOrAfter(offset);
        LexiconMatch best = null;
        for (LexiconMatch match : text.matches(lexicon, false)) {
            int distance = at - match.lastToken();
            if (distance >= 1 && distance <= window) {
                best = match;
            }
        }
        return best;
    }

    /** A match starting within {@code window} tokens after the offset. */
    static LexiconMatch after(AnalyzedText text, Lexicon lexicon, int offset, int window) {
        int at = text.firstTokenAtOrAfter(offset);
        for (LexiconMatch match : text.matches(lexicon, false)) {
            int distance = match.firstToken() - at;
            if (distance >= 0 && distance < window) {
                return match;
            }
        }
        return null;
    }

    /** A match anywhere within {@code chars} characters of the span. */
    static LexiconMatch within(AnalyzedText text, Lexicon lexicon, int start, int end, int chars) {
        for (LexiconMatch match : text.matches(lexicon, false)) {
            if (match.end() >= start - chars && match.start() <= end + chars) {
                return match;
            }
        }
        return null;
    }
}
