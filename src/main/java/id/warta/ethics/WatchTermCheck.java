package id.warta.ethics;

import java.util.Optional;

/**
 * What is wrong with a term an administrator wants on a watch or allow list. Terms are plain
 * words matched as whole tokens (like the lexicons), where {@code *} inside a word stands for one
 * letter; they are not regular expressions. A term that could never match, or would match almost
 * everything, is refused when it is saved rather than silently ignored at check time.
 */
public final class WatchTermCheck {
    /** Longest term accepted: a name or a phrase, not a paragraph. */
    public static final int MAX_LENGTH = 120;
    /** Fewest letters or digits: a one-letter term would flag nearly every draft. */
    public static final int MIN_LETTERS_OR_DIGITS = 2;

    /** Why a term is refused; each has a message in the UI bundles. */
    public enum Problem { EMPTY, TOO_LONG, NO_WORDS, TOO_SHORT, PATTERN_SYNTAX, LOOSE_WILDCARD }

    private static final String REGEX_SYNTAX = "\\^$|?+[]{}";

    private WatchTermCheck() {
    }

    /**
     * @param allowTerm allow terms are compared by their letters and digits ("0811-0000-7117",
     *                  "humas@kab.go.id"), so only emptiness, length and having letters count
     */
    public static Optional<Problem> problemOf(String term, boolean allowTerm) {
        String stripped = term == null ? "" : term.strip();
        if (stripped.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (stripped.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        // Pattern syntax first: "(.*)" is best explained as a regex, not as "only punctuation".
        if (!allowTerm && (stripped.contains(".*") || stripped.contains(".+")
                || stripped.chars().anyMatch(c -> REGEX_SYNTAX.indexOf(c) >= 0))) {
            return Optional.of(Problem.PATTERN_SYNTAX);
        }
        int lettersOrDigits = 0;
        for (int i = 0; i < stripped.length(); ) {
            int cp = stripped.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                lettersOrDigits++;
            }
            i += Character.charCount(cp);
        }
        if (lettersOrDigits == 0) {
            return Optional.of(Problem.NO_WORDS);
        }
        if (lettersOrDigits < MIN_LETTERS_OR_DIGITS) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (allowTerm) {
            return Optional.empty();
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) == '*' && !(letterAround(stripped, i, -1) && letterAround(stripped, i, 1))) {
                return Optional.of(Problem.LOOSE_WILDCARD);
            }
        }
        return Optional.empty();
    }

    /** The nearest character past a run of '*' in {@code direction} is a letter ("b**gsat"). */
    private static boolean letterAround(String term, int at, int direction) {
        int i = at + direction;
        while (i >= 0 && i < term.length() && term.charAt(i) == '*') {
            i += direction;
        }
        return i >= 0 && i < term.length() && Character.isLetter(term.charAt(i));
    }
}
