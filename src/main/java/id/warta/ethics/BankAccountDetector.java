package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 8-16 digits right after a bank name or "rek/rekening". The owner after "a.n."/"atas nama"
 * decides: an institution (Pemkab, dinas, BAZNAS) is fine, a private person is the rule's
 * default (BLOCK), no owner named is variant "noOwner".
 */
final class BankAccountDetector implements Detector {
    private static final Pattern OWNER = Pattern.compile("^[\\s,;:()]{0,3}(?:a\\.\\s?n\\.?|an\\.|atas nama)\\s*", Pattern.CASE_INSENSITIVE);
    private final Lexicon bankWords;
    private final Lexicon institutions;

    BankAccountDetector(Params params) {
        this.bankWords = params.lexicon("bankWords");
        this.institutions = params.lexicon("institutions");
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        String original = input.original();
        for (DigitRun run : DigitRun.find(original)) {
            if (run.length() < 8 || run.length() > 16 || Near.before(input.text(), bankWords, run.start(), 3) == null) {
                continue;
            }
            Matcher owner = OWNER.matcher(original.substring(run.end(), Math.min(original.length(), run.end() + 20)));
            if (!owner.find()) {
                hits.accept(Hit.of(run.start(), run.end(), "noOwner"));
                continue;
            }
            int ownerStart = run.end() + owner.end();
            if (Near.after(input.text(), institutions, ownerStart, 2) == null) {
                hits.accept(Hit.of(run.start(), run.end()));
            }
        }
    }
}
