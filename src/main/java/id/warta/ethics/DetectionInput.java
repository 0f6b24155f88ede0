package id.warta.ethics;

import id.warta.ethics.text.AnalyzedText;

/** Everything a detector may look at during one check. */
record DetectionInput(AnalyzedText text, CheckContext context, FrameState frames) {
    String original() {
        return text.original();
    }
}
