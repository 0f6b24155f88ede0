package id.warta.ethics;

import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

import java.util.List;
import java.util.function.Consumer;

/** Words and phrases of a lexicon, optionally by stem, under {@link MatchConditions}. */
final class LexiconDetector implements Detector {
    private final Lexicon lexicon;
    private final boolean stem;
    private final MatchConditions conditions;
    private final Lexicon preventionTopic;

    LexiconDetector(Params params) {
        this.lexicon = params.lexicon("lexicon");
        this.stem = params.flag("stem");
        this.conditions = new MatchConditions(params);
        this.preventionTopic = params.optionalLexicon("preventionTopic");
    }

    private static boolean governsAny(DetectionInput input, List<LexiconMatch> matches) {
        return matches.stream().anyMatch(m -> input.frames().isGoverned(m.firstToken()));
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        List<LexiconMatch> matches = input.text().matches(lexicon, stem);
        // "Stop judi online! Judol merusak keluarga": once a campaign verb governs a word of the
        // topic (the rule's own words or the neutral names of the topic), the rule's words
        // elsewhere in that post are the campaign's subject too.
        if (preventionTopic != null && !matches.isEmpty() && (governsAny(input, matches)
                || governsAny(input, input.text().matches(preventionTopic, false)))) {
            return;
        }
        for (LexiconMatch match : matches) {
            if (conditions.accept(input, match.firstToken(), match.lastToken(), match.start(), match.end())) {
                hits.accept(new Hit(match.start(), match.end(), null, match.viaStem()));
            }
        }
    }
}
