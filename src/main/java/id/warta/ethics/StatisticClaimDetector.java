package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statistics without attribution: percentages, big totals, "8 dari 10", "3 kali lipat",
 * rankings, superlatives with a scope. A source anywhere in the post cancels all of them:
 * "Sumber:"/"Data:" with a named body, "menurut/berdasarkan" + a named body (not "kami"), a
 * statistics body, a legal instrument or a link. Prices ("Rp2,5 juta") and intensifiers
 * ("100% gratis") are not statistics.
 */
final class StatisticClaimDetector implements Detector {
    private static final Pattern ENDS_WITH_UNIT = Pattern.compile("[\\p{L}%]$");
    private final List<Pattern> claims;
    private final Pattern notFollowedBy;
    private final Pattern notPrecededBy;
    private final Set<String> priceUnits;
    private final Lexicon sources;
    private final List<Pattern> sourcePatterns;

    StatisticClaimDetector(Params params) {
        int flags = Pattern.CASE_INSENSITIVE;
        this.claims = Patterns.compile(params, "claims", flags);
        this.notFollowedBy = params.regex("notFollowedBy", flags);
        this.notPrecededBy = params.optionalRegex("notPrecededBy", flags);
        this.priceUnits = Set.copyOf(params.strings("priceUnits"));
        this.sources = params.lexicon("sources");
        this.sourcePatterns = Patterns.compile(params, "sourcePatterns", Pattern.UNICODE_CASE);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        String original = input.original();
        List<Hit> claimsFound = new ArrayList<>();
        for (Pattern claim : claims) {
            Matcher m = claim.matcher(original);
            while (m.find()) {
                if (!isPrice(m) && !isIntensifier(original, m.end()) && !isValueOfOneThing(original, m.start())) {
                    claimsFound.add(Hit.of(m.start(), m.end()));
                }
            }
        }
        // Sources are looked for only when there is a claim: most drafts have none.
        if (claimsFound.isEmpty() || input.text().contains(sources) || Patterns.anyFinds(sourcePatterns, original)) {
            return;
        }
        claimsFound.forEach(hits);
    }

    private boolean isPrice(Matcher m) {
        String found = m.group().toLowerCase(Locale.ROOT);
        if (!found.startsWith("rp")) {
            return false;
        }
        for (String unit : priceUnits) {
            if (found.endsWith(unit)) {
                return true;
            }
        }
        return !ENDS_WITH_UNIT.matcher(found).find();
    }

    /** "senilai Rp1,2 miliar": the value of one contract, case or gift, not a statistic about a population. */
    private boolean isValueOfOneThing(String original, int start) {
        return notPrecededBy != null
                && notPrecededBy.matcher(original).region(Math.max(0, start - 30), start).find();
    }

    private boolean isIntensifier(String original, int end) {
        return notFollowedBy.matcher(original).region(end, Math.min(original.length(), end + 30)).lookingAt();
    }
}
