package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/** NPWP: the formatted 15 digits "99.999.999.9-999.999", or 15-16 digits right after "NPWP". */
final class TaxNumberDetector implements Detector {
    private static final Pattern FORMATTED = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}");
    private final Lexicon context;

    TaxNumberDetector(Params params) {
        this.context = params.lexicon("context");
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        String original = input.original();
        for (DigitRun run : DigitRun.find(original)) {
            boolean formatted = run.length() == 15 && FORMATTED.matcher(original.substring(run.start(), run.end())).matches();
            boolean announced = (run.length() == 15 || run.length() == 16)
                    && Near.before(input.text(), context, run.start(), 3) != null;
            if (formatted || announced) {
                hits.accept(Hit.of(run.start(), run.end()));
            }
        }
    }
}
