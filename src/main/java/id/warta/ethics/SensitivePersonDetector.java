package id.warta.ethics;

import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

import java.util.List;
import java.util.function.Consumer;

/**
 * Specific personal data (UU PDP): illness, crime, abuse, debt tied to a named private person
 * in the same stretch of text ("Pasien TBC atas nama Bapak Tarmiji Sukaryo").
 */
final class SensitivePersonDetector implements Detector {
    private final Lexicon sensitive;
    private final PersonNames names;
    private final int distance;

    SensitivePersonDetector(Params params) {
        this.sensitive = params.lexicon("sensitive");
        this.names = new PersonNames(params.strings("titles"), params.strings("officialTitles"));
        this.distance = params.integer("distance", 120);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        List<LexiconMatch> facts = input.text().matches(sensitive, false);
        if (facts.isEmpty()) {
            return;
        }
        for (int[] name : names.find(input.original())) {
            for (LexiconMatch fact : facts) {
                int gap = fact.start() >= name[1] ? fact.start() - name[1] : name[0] - fact.end();
                if (gap <= distance) {
                    hits.accept(Hit.of(Math.min(name[0], fact.start()), Math.max(name[1], fact.end())));
                    break;
                }
            }
        }
    }
}
