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
        if (label == null && refutation != null) {
            hits.accept(Hit.of(refutation.start(), refutation.end()));
        }
        if (!frames.hasOfficialSource()) {
            int[] span = label != null ? label : new int[] {refutation.start(), refutation.end()};
            hits.accept(Hit.of(span[0], span[1], "noSource"));
        }
    }
}
