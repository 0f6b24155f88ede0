package id.warta.ethics;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** More than {@code max} hashtags: screen readers read every one, and the message drowns. */
final class HashtagWallDetector implements Detector {
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\d&])#[\\p{L}\\p{N}_]{1,100}+");
    private final int max;

    HashtagWallDetector(Params params) {
        this.max = params.integer("max", 5);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        Matcher m = HASHTAG.matcher(input.original());
        int count = 0;
        int first = -1;
        int last = -1;
        while (m.find()) {
            count++;
            first = first < 0 ? m.start() : first;
            last = m.end();
        }
        if (count > max) {
            hits.accept(Hit.of(first, last));
        }
    }
}
