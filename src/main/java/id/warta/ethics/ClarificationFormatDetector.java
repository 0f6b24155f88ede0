package id.warta.ethics;

import id.warta.ethics.text.LexiconMatch;

import java.util.function.Consumer;

/**
 * A hoax clarification needs a bracket label ("[HOAKS]") and an official source or link
 * (Kominfo/Komdigi practice). Default: the label is missing; variant "noSource".
 */
final class ClarificationFormatDetector implements Detector {
    ClarificationFormatDetector(Params params) {
        // The frames (labels, refutations, sources) are pack-wide; see Frames.
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        FrameState frames = input.frames();
        if (!frames.isClarification()) {
            return;
        }
        int[] label = frames.label();
        LexiconMatch refutation = frames.firstRefutation();
        // Without a label or a refutation (a post only declared as a clarification) the finding is about the whole post.
        int[] span = label != null ? label
                : refutation != null ? new int[] {refutation.start(), refutation.end()} : new int[] {0, 0};
        if (label == null) {
            hits.accept(Hit.of(span[0], span[1]));
        }
        if (!frames.hasOfficialSource()) {
            hits.accept(Hit.of(span[0], span[1], "noSource"));
        }
    }
}
