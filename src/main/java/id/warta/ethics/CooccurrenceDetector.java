package id.warta.ethics;

import id.warta.ethics.text.AnalyzedText;
import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

import java.util.List;
import java.util.function.Consumer;

/**
 * A word of lexicon {@code first} with a word of lexicon {@code second} within {@code window}
 * tokens ({@code ordered}: second after first), e.g. "usir" + a group, a candidate number + praise.
 * The finding spans both words.
 */
final class CooccurrenceDetector implements Detector {
    private final Lexicon first;
    private final Lexicon second;
    private final int window;
    private final boolean ordered;
    private final boolean stem;
    private final boolean sameSentence;
    private final MatchConditions conditions;

    CooccurrenceDetector(Params params) {
        this.first = params.lexicon("first");
        this.second = params.lexicon("second");
        this.window = params.integer("window", 5);
        this.ordered = params.flag("ordered");
        this.stem = params.flag("stem");
        this.sameSentence = params.flag("sameSentence");
        this.conditions = new MatchConditions(params);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        AnalyzedText text = input.text();
        var seconds = text.matches(second, stem);
        if (seconds.isEmpty()) {
            return;
        }
        int reportedUntil = -1;
        for (LexiconMatch a : text.matches(first, stem)) {
            if (a.firstToken() <= reportedUntil) {
                continue;
            }
            LexiconMatch b = nearestPartner(text, a, seconds);
            if (b == null) {
                continue;
            }
            int firstToken = Math.min(a.firstToken(), b.firstToken());
            int lastToken = Math.max(a.lastToken(), b.lastToken());
            int start = Math.min(a.start(), b.start());
            int end = Math.max(a.end(), b.end());
            if (conditions.accept(input, firstToken, lastToken, start, end)) {
                hits.accept(new Hit(start, end, null, a.viaStem() || b.viaStem()));
                reportedUntil = lastToken;
            }
        }
    }

    private LexiconMatch nearestPartner(AnalyzedText text, LexiconMatch a, List<LexiconMatch> seconds) {
        LexiconMatch nearest = null;
        int nearestGap = Integer.MAX_VALUE;
        for (LexiconMatch b : seconds) {
            boolean overlaps = b.firstToken() <= a.lastToken() && a.firstToken() <= b.lastToken();
            if (overlaps) {
                continue;
            }
            boolean after = b.firstToken() > a.lastToken();
            int gap = after ? b.firstToken() - a.lastToken() : a.firstToken() - b.lastToken();
            if (gap > window || ordered && !after || sameSentence && !text.sameSentence(a.start(), b.start())) {
                continue;
            }
            if (gap < nearestGap) {
                nearest = b;
                nearestGap = gap;
            }
        }
        return nearest;
    }
}
