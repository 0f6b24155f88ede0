package id.warta.ethics;

import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

import java.util.List;
import java.util.function.Consumer;

/** Terms of one kind from the client's watch list, matched as whole words like any lexicon. */
final class WatchListDetector implements Detector {
    private final WatchTerm.Kind kind;

    WatchListDetector(Params params) {
        try {
            this.kind = WatchTerm.Kind.valueOf(params.string("kind"));
        } catch (IllegalArgumentException e) {
            throw new RulePackException("rule " + params.ruleId() + ": unknown watch-list kind " + params.string("kind"));
        }
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        List<String> terms = input.context().watchList().termsOf(kind).stream().map(WatchTerm::term).toList();
        if (terms.isEmpty()) {
            return;
        }
        Lexicon lexicon = Lexicons.of("watch:" + kind + ":" + terms.hashCode(), terms);
        for (LexiconMatch match : input.text().matches(lexicon, false)) {
            hits.accept(Hit.of(match.start(), match.end()));
        }
    }
}
