package id.warta.ethics;

import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

import java.util.function.Consumer;

/** Words and phrases of a lexicon, optionally by stem, under {@link MatchConditions}. */
final class LexiconDetector implements Detector {
    private final Lexicon lexicon;
    private final boolean stem;
    private final MatchConditions conditions;

    LexiconDetector(Params params) {
        this.lexicon = params.lexicon("lexicon");
        this.stem = params.flag("stem");
        this.conditions = new MatchConditions(params);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        for (LexiconMatch match : input.text().matches(lexicon, stem)) {
            if (conditions.accept(input, match.firstToken(), match.lastToken(), match.start(), match.end())) {
                hits.accept(new Hit(match.start(), match.end(), null, match.viaStem()));
            }
        }
    }
}
