package id.warta.ethics;

import id.warta.domain.Channel;

import java.util.function.Consumer;

/** Text longer than the channel accepts; the span is the part that would be cut off. */
final class ChannelLengthDetector implements Detector {
    ChannelLengthDetector(Params params) {
        // No parameters: the limits belong to Channel.
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        Channel channel = input.context().channel();
        String text = input.original();
        if (channel == null || channel.textLimit() == Integer.MAX_VALUE) {
            return;
        }
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints > channel.textLimit()) {
            hits.accept(Hit.of(text.offsetByCodePoints(0, channel.textLimit()), text.length()));
        }
    }
}
