package id.warta.ethics;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event clock times ("pukul 08.00", "19.00-21.00", "at 19.30") need WIB, WITA or WIT (or "waktu
 * setempat") in the same sentence. Durations ("24 jam"), verses ("Lukas 2:14") and dates do not
 * match the time patterns.
 */
final class TimeZoneDetector implements Detector {
    private final List<Pattern> times;
    private final Pattern zone;

    TimeZoneDetector(Params params) {
        int flags = Pattern.CASE_INSENSITIVE;
        this.times = Patterns.compile(params, "times", flags);
        this.zone = params.regex("zone", Pattern.UNICODE_CASE);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        String original = input.original();
        int reportedUntil = -1;
        for (Pattern time : times) {
            Matcher m = time.matcher(original);
            while (m.find()) {
                if (m.start() < reportedUntil) {
                    continue;
                }
                int from = input.text().sentenceStart(m.start());
                int to = input.text().sentenceEnd(m.start());
                if (!zone.matcher(original).region(from, to).find()) {
                    hits.accept(Hit.of(m.start(), m.end()));
                    reportedUntil = m.end();
                }
            }
        }
    }
}
