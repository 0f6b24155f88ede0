package id.warta.ethics;

import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

import java.util.List;
import java.util.function.Consumer;

/** Terms of one kind from the client's watch list, matched as whole words like any lexicon. */
final class WatchListDetector implements Detector {
    private final WatchTerm.Kind kind;
    /**
     * The last client list compiled, reused while it does not change: compiling 50 terms on
     * every keystroke cost more than the rest of the check. One entry is enough because an
     * editor checks one client's drafts at a time; the holder is immutable, so threads that
     * race only compile twice.
     */
    private volatile Compiled last;

    private record Compiled(List<String> terms, Lexicon lexicon) {
    }

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
        Compiled compiled = last;
        if (compiled == null || !compiled.terms().equals(terms)) {
            compiled = new Compiled(terms, Lexicons.of("watch:" + kind, terms));
            last = compiled;
        }
        Lexicon lexicon = compiled.lexicon();
        for (LexiconMatch match : input.text().matches(lexicon, false)) {
            hits.accept(Hit.of(match.start(), match.end()));
        }
    }
}
