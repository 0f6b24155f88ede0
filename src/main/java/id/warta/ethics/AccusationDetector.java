package id.warta.ethics;

import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Defamation: an accusation word aimed at an identifiable target (@handle, "Pak X", "Camat X",
 * initials + workplace, "CV X", "Pemkab sebelah") with no legal-basis marker (putusan,
 * tersangka, nomor perkara) anywhere in the post. Generic "cegah korupsi" has no target.
 */
final class AccusationDetector implements Detector {
    private final Lexicon accusations;
    private final boolean stem;
    private final List<Pattern> targets = new ArrayList<>();
    private final Lexicon legalBasis;
    private final int distance;

    AccusationDetector(Params params) {
        this.accusations = params.lexicon("lexicon");
        this.stem = params.flag("stem");
        this.legalBasis = params.lexicon("legalBasis");
        this.distance = params.integer("distance", 200);
        for (String target : params.strings("targets")) {
            try {
                targets.add(Pattern.compile(target));
            } catch (PatternSyntaxException e) {
                throw new RulePackException("rule " + params.ruleId() + ": target is not a valid pattern: " + target);
            }
        }
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        List<LexiconMatch> found = input.text().matches(accusations, stem);
        if (found.isEmpty() || input.text().contains(legalBasis)) {
            return;
        }
        List<int[]> targetSpans = findTargets(input.original());
        for (LexiconMatch accusation : found) {
            for (int[] target : targetSpans) {
                if (target[0] < accusation.end() && accusation.start() < target[1]) {
                    continue;
                }
                int gap = accusation.start() >= target[1] ? accusation.start() - target[1] : target[0] - accusation.end();
                if (gap <= distance && !crossesParagraph(input.original(), target, accusation)) {
                    hits.accept(new Hit(accusation.start(), accusation.end(), null, accusation.viaStem()));
                    break;
                }
            }
        }
    }

    private List<int[]> findTargets(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern target : targets) {
            Matcher m = target.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    private static boolean crossesParagraph(String text, int[] target, LexiconMatch accusation) {
        int from = Math.min(target[0], accusation.start());
        int to = Math.max(target[1], accusation.end());
        return text.substring(from, to).contains("\n\n");
    }
}
