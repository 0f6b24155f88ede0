package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.HashSet;
import java.util.function.Consumer;

/**
 * 16-digit NIK and KK numbers, validated (province, date, serial). A valid number is the rule's
 * default (BLOCK); variant "kk" when "KK" or "kartu keluarga" comes just before; variant
 * "invalid" (WARN) when NIK/KK context announces a number that does not validate. Masked numbers
 * ("3578 99xx xxxx 0001") never form 16 digits and are left alone.
 */
final class PopulationNumberDetector implements Detector {
    private final IdNumbers numbers;
    private final Lexicon nikContext;
    private final Lexicon kkContext;
    private final int window;

    PopulationNumberDetector(Params params) {
        this.numbers = new IdNumbers(new HashSet<>(params.strings("provinces")));
        this.nikContext = params.lexicon("nikContext");
        this.kkContext = params.lexicon("kkContext");
        this.window = params.integer("contextWindow", 4);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        var text = input.text();
        for (DigitRun run : DigitRun.find(input.original())) {
            if (run.length() != 16 || run.isDateShaped()) {
                continue;
            }
            boolean kk = Near.before(text, kkContext, run.start(), window) != null;
            boolean nik = Near.before(text, nikContext, run.start(), window) != null;
            if (kk && numbers.isValidKk(run.digits())) {
                hits.accept(Hit.of(run.start(), run.end(), "kk"));
            } else if (numbers.isValidNik(run.digits())) {
                hits.accept(Hit.of(run.start(), run.end()));
            } else if (kk || nik) {
                hits.accept(Hit.of(run.start(), run.end(), "invalid"));
            }
        }
    }
}
