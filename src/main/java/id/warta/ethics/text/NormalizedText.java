package id.warta.ethics.text;

/**
 * Text after {@link TextNormalizer}, with a map from every normalised char back to the span of
 * the original code point it came from, so findings always point into the original text.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;

    NormalizedText(String original, String text, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    public String original() {
        return original;
    }

    /** The normalised text: NFKC, no zero-width characters, dashes as '-', lower case. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int index) {
        return text.charAt(index);
    }

    /** Original offset where the normalised char at {@code index} starts. */
    public int originalStart(int index) {
        return originalStart[index];
    }

    /** Original offset (exclusive) where the normalised char at {@code index} ends. */
    public int originalEnd(int index) {
        return originalEnd[index];
    }

    /** The original char behind a normalised one; keeps the case the author typed. */
    public char originalCharAt(int index) {
        return original.charAt(originalStart[index]);
    }
}
