package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A child's full name with an age under 18 and a school nearby (UU SPPA Ps. 19, UU PDP). */
final class ChildIdentityDetector implements Detector {
    private static final Pattern NAME_AND_AGE = Pattern.compile(
            "\\p{Lu}\\p{Ll}{1,20}+(?:\\s{1,2}\\p{Lu}\\p{Ll}{1,20}+){1,3}\\s{0,2}\\((\\d{1,2})(?:\\s?(?:th|thn|tahun))?\\)");
    private final Lexicon schoolWords;
    private final int maxAge;

    ChildIdentityDetector(Params params) {
        this.schoolWords = params.lexicon("schoolWords");
        this.maxAge = params.integer("maxAge", 17);
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        Matcher m = NAME_AND_AGE.matcher(input.original());
        while (m.find()) {
            int age = Integer.parseInt(m.group(1));
            if (age <= maxAge && Near.within(input.text(), schoolWords, m.start(), m.end(), 60) != null) {
                hits.accept(Hit.of(m.start(), m.end()));
            }
        }
    }
}
