package id.warta.ethics;

import id.warta.ethics.text.AnalyzedText;
import id.warta.ethics.text.Token;

import java.util.function.Consumer;

/**
 * Text mostly in capitals: screen readers spell it and it reads as shouting. Counts words of at
 * least {@code minLetters} letters; a lone capitalised word between lower-case words ("GRATIS",
 * an acronym) is left out of the count.
 */
final class AllCapsDetector implements Detector {
    private final int minWords;
    private final int minLetters;
    private final double ratio;

    AllCapsDetector(Params params) {
        this.minWords = params.integer("minWords", 6);
        this.minLetters = params.integer("minLetters", 4);
        this.ratio = params.integer("percent", 50) / 100.0;
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        AnalyzedText text = input.text();
        int counted = 0;
        int caps = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.size(); i++) {
            Token token = text.token(i);
            if (!isLongWord(token)) {
                continue;
            }
            boolean upper = token.isAllCaps();
            if (upper && isLone(text, i)) {
                continue;
            }
            counted++;
            if (upper) {
                caps++;
                first = first < 0 ? token.start() : first;
                last = token.end();
            }
        }
        if (caps >= minWords && caps > ratio * counted) {
            hits.accept(Hit.of(first, last));
        }
    }

    private boolean isLongWord(Token token) {
        return token.isWord() && !token.isHashtag() && !token.isHandle() && token.text().length() >= minLetters;
    }

    private static boolean isLone(AnalyzedText text, int i) {
        boolean before = i > 0 && text.token(i - 1).isWord() && text.token(i - 1).isAllCaps();
        boolean after = i + 1 < text.size() && text.token(i + 1).isWord() && text.token(i + 1).isAllCaps();
        return !before && !after;
    }
}
