package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Mobile numbers with a known operator prefix. An official channel ("WA Center", "call
 * center", "hotline", "pengaduan") just before the number and no person named there is the
 * agency's own line, not personal data; "CP: Mbak X 08..." is.
 */
final class MobileNumberDetector implements Detector {
    private final Set<String> prefixes;
    private final Lexicon officialChannel;
    private final Lexicon personMarker;
    private final int window;

    MobileNumberDetector(Params params) {
        this.prefixes = new HashSet<>(params.strings("prefixes"));
        this.officialChannel = params.lexicon("officialChannel");
        this.personMarker = params.lexicon("personMarker");
        this.window = params.integer("window", 8);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        for (DigitRun run : DigitRun.find(input.original())) {
            int[] span = mobileSpan(run);
            if (span == null) {
                continue;
            }
            boolean official = Near.before(input.text(), officialChannel, span[0], window) != null
                    && Near.before(input.text(), personMarker, span[0], window) == null;
            if (!official) {
                hits.accept(Hit.of(span[0], span[1]));
            }
        }
    }

    /** Longest digit count of a mobile number as written: +62 and 12 digits after the 8. */
    private static final int MAX_DIGITS = 15;

    /** The longest leading run of groups that forms a valid mobile number, so a glued neighbour is left out. */
    private int[] mobileSpan(DigitRun run) {
        List<int[]> groups = run.groups();
        int[] best = null;
        String all = run.digits();
        int consumed = 0;
        // Stop at the longest possible number: "1 1 1 ..." is one run of 100,000 groups, and
        // testing every prefix of it made this scan quadratic.
        for (int g = 0; g < groups.size() && consumed <= MAX_DIGITS; g++) {
            int[] group = groups.get(g);
            consumed += group[1] - group[0];
            if (consumed <= MAX_DIGITS && isMobile(all.substring(0, consumed))) {
                best = new int[] {run.start(), group[1]};
            }
        }
        return best;
    }

    private boolean isMobile(String digits) {
        String local = IdNumbers.asLocalMobile(digits);
        return local.length() >= 10 && local.length() <= 13 && local.startsWith("08")
                && prefixes.contains(local.substring(1, 4));
    }
}
