package id.warta.ethics;

import id.warta.domain.MediaRef;

import java.util.function.Consumer;

/** Attached media without alt text. The finding has an empty span at the start: it is about the media. */
final class AltTextDetector implements Detector {
    AltTextDetector(Params params) {
        // No parameters: any attached media needs alt text.
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        for (MediaRef media : input.context().media()) {
            if (!media.hasAltText()) {
                hits.accept(Hit.of(0, 0));
                return;
            }
        }
    }
}
