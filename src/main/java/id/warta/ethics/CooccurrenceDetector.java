package id.warta.ethics;

import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

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
        var text = input.text();
        var seconds = text.matches(second, stem);
        if (seconds.isEmpty()) {
            return;
        }
        for (LexiconMatch a : text.matches(first, stem)) {
            for (LexiconMatch b : seconds) {
                if (a.firstToken() == b.firstToken() && a.lastToken() == b.lastToken()) {
                    continue;
                }
                int gap = b.firstToken() > a.lastToken() ? b.firstToken() - a.lastToken()
                        : a.firstToken() - b.lastToken();
                boolean rightOrder = !ordered || b.firstToken() > a.lastToken();
                if (gap > window || !rightOrder || sameSentence && !text.sameSentence(a.start(), b.start())) {
                    continue;
                }
                int firstToken = Math.min(a.firstToken(), b.firstToken());
                int lastToken = Math.max(a.lastToken(), b.lastToken());
                int start = Math.min(a.start(), b.start());
                int end = Math.max(a.end(), b.end());
                if (conditions.accept(input, firstToken, lastToken, start, end)) {
                    hits.accept(new Hit(start, end, null, a.viaStem() || b.viaStem()));
                    break;
                }
            }
        }
    }
}
