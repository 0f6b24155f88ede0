package id.warta.ethics;

import id.warta.domain.ContentType;
import id.warta.ethics.text.AnalyzedText;
import id.warta.ethics.text.LexiconMatch;

import java.util.List;
import java.util.regex.Matcher;

/** The frames of one draft, computed on first use. */
final class FrameState {
    private final Frames frames;
    private final AnalyzedText text;
    private final boolean declaredClarification;
    private int[] label;
    private Boolean clarification;

    FrameState(Frames frames, AnalyzedText text, ContentType contentType) {
        this.frames = frames;
        this.text = text;
        this.declaredClarification = contentType == ContentType.HOAX_CLARIFICATION;
    }

    /** The span of a bracket label such as "[HOAKS]", or null. */
    int[] label() {
        if (label == null) {
            Matcher m = frames.clarificationLabel().matcher(text.original());
            label = m.find() ? new int[] {m.start(), m.end()} : new int[0];
        }
        return label.length == 0 ? null : label;
    }

    /** Declared as a hoax clarification, or a bracket label, or a refutation of a circulating claim. */
    boolean isClarification() {
        if (clarification == null) {
            clarification = declaredClarification || label() != null
                    || text.contains(frames.refutations()) && text.contains(frames.claims());
        }
        return clarification;
    }

    LexiconMatch firstRefutation() {
        List<LexiconMatch> found = text.matches(frames.refutations(), false);
        return found.isEmpty() ? null : found.get(0);
    }

    boolean hasOfficialSource() {
        return text.contains(frames.officialSources());
    }

    /** True when a prevention word governs the hit ("stop judol") or the hit is quoted in a prevention post. */
    boolean isPrevented(int firstToken, int start, int end) {
        List<LexiconMatch> prevention = text.matches(frames.prevention(), false);
        if (prevention.isEmpty()) {
            return false;
        }
        return isGoverned(firstToken) || text.isQuoted(start, end);
    }

    /** True when the span is in quotes and the post has a prevention or education word. */
    boolean isQuotedInPrevention(int start, int end) {
        return text.isQuoted(start, end) && text.contains(frames.prevention());
    }

    /** True when a prevention word stands one or two tokens before {@code firstToken} ("stop judi online"). */
    boolean isGoverned(int firstToken) {
        for (LexiconMatch match : text.matches(frames.prevention(), false)) {
            int distance = firstToken - match.lastToken();
            if (distance >= 1 && distance <= 2) {
                return true;
            }
        }
        return false;
    }
}
