package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Licence plates with a known region prefix and a vehicle word nearby ("bernopol DD 1234 XY"). */
final class LicencePlateDetector implements Detector {
    private static final Pattern PLATE = Pattern.compile("\\b([A-Z]{1,2})\\s?(\\d{1,4})\\s?([A-Z]{0,3})\\b");
    private final Set<String> regions;
    private final Lexicon vehicleWords;

    LicencePlateDetector(Params params) {
        this.regions = new HashSet<>(params.strings("regions"));
        this.vehicleWords = params.lexicon("vehicleWords");
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        Matcher m = PLATE.matcher(input.original());
        while (m.find()) {
            if (regions.contains(m.group(1))
                    && Near.within(input.text(), vehicleWords, m.start(), m.end(), 30) != null) {
                int end = m.group(3).isEmpty() ? m.end(2) : m.end();
                hits.accept(Hit.of(m.start(), end));
            }
        }
    }
}
