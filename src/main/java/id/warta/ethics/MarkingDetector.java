package id.warta.ethics;

import id.warta.ethics.text.AnalyzedText;
import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

import java.util.function.Consumer;

/**
 * Security markings ("RAHASIA", "TERBATAS"): they count only as a marking, i.e. written in
 * capitals in a text that is not shouting, or followed by ':', '-' or a line break, or after
 * "berkop"/"cap". "bebas, rahasia, jujur" and "kuota terbatas" stay clean.
 */
final class MarkingDetector implements Detector {
    private final Lexicon markings;
    private final Lexicon introducers;

    MarkingDetector(Params params) {
        this.markings = params.lexicon("lexicon");
        this.introducers = params.optionalLexicon("introducers");
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        AnalyzedText text = input.text();
        for (LexiconMatch match : text.matches(markings, false)) {
            if (isMarking(text, match)) {
                hits.accept(Hit.of(match.start(), match.end()));
            }
        }
    }

    private boolean isMarking(AnalyzedText text, LexiconMatch match) {
        if (followedBySeparator(text.original(), match.end())) {
            return true;
        }
        if (introducers != null) {
            for (LexiconMatch intro : text.matches(introducers, false)) {
                if (match.firstToken() - intro.lastToken() == 1) {
                    return true;
                }
            }
        }
        return allCaps(text, match.firstToken(), match.lastToken()) && !shouting(text, match);
    }

    private static boolean followedBySeparator(String original, int end) {
        int i = end;
        while (i < original.length() && original.charAt(i) == ' ') {
            i++;
        }
        if (i >= original.length()) {
            return false;
        }
        char c = original.charAt(i);
        return c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\n';
    }

    private static boolean allCaps(AnalyzedText text, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!text.token(i).isAllCaps()) {
                return false;
            }
        }
        return true;
    }

    /** The neighbours are in capitals too: the author is shouting, not marking. */
    private static boolean shouting(AnalyzedText text, LexiconMatch match) {
        boolean before = match.firstToken() > 0 && text.token(match.firstToken() - 1).isAllCaps();
        boolean after = match.lastToken() + 1 < text.size() && text.token(match.lastToken() + 1).isAllCaps();
        return before || after;
    }
}
