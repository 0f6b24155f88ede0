package id.warta.ethics.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into tokens. Leet symbols and '*' stay inside a word ("b@ngs4t",
 * "b*ngsat"); hashtags are split at CamelCase and letter-digit borders ("#LanjutkanBudi",
 * "#2Periode"); single letters written apart ("b a n g s a t") are joined into one word.
 */
public final class Tokenizer {
    private static final int MIN_JOINED_LETTERS = 3;

    public List<Token> tokenize(NormalizedText text) {
        List<Token> raw = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '#' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i = readHashtag(text, i + 1, raw);
            } else if (c == '@' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i = readHandle(text, i, raw);
            } else if (Character.isLetterOrDigit(c)) {
                i = readWord(text, i, raw);
            } else if (c == '%') {
                raw.add(token(text, i, i + 1, "%", Token.Kind.SYMBOL, false, false, false));
                i++;
            } else {
                i++;
            }
        }
        return reindex(joinSpacedLetters(text, raw));
    }

    private int readWord(NormalizedText text, int from, List<Token> out) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '@' || c == '$' || c == '*') && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        out.add(token(text, from, i, text.text().substring(from, i), null, false, false, false));
        return i;
    }

    private int readHandle(NormalizedText text, int at, List<Token> out) {
        int i = at + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || text.charAt(i) == '.' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)))) {
            i++;
        }
        out.add(token(text, at, i, text.text().substring(at + 1, i), Token.Kind.WORD, false, true, false));
        return i;
    }

    private int readHashtag(NormalizedText text, int from, List<Token> out) {
        int n = text.length();
        int end = from;
        while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        int partStart = from;
        for (int i = from + 1; i < end; i++) {
            if (isHashtagBreak(text, i)) {
                addHashtagPart(text, partStart, i, out);
                partStart = text.charAt(i) == '_' ? i + 1 : i;
            }
        }
        addHashtagPart(text, partStart, end, out);
        return end;
    }

    private void addHashtagPart(NormalizedText text, int from, int to, List<Token> out) {
        if (from < to && text.charAt(from) != '_') {
            out.add(token(text, from, to, text.text().substring(from, to), null, true, false, false));
        }
    }

    private static boolean isHashtagBreak(NormalizedText text, int i) {
        char prev = text.originalCharAt(i - 1);
        char cur = text.originalCharAt(i);
        if (cur == '_') {
            return true;
        }
        if (Character.isLowerCase(prev) && Character.isUpperCase(cur)) {
            return true;
        }
        return Character.isDigit(prev) != Character.isDigit(cur);
    }

    private Token token(NormalizedText text, int nStart, int nEnd, String value, Token.Kind kind,
                        boolean hashtag, boolean handle, boolean joined) {
        int start = text.originalStart(nStart);
        int end = text.originalEnd(nEnd - 1);
        String original = text.original().substring(start, end);
        Token.Kind actual = kind != null ? kind : (isDigits(value) ? Token.Kind.NUMBER : Token.Kind.WORD);
        return new Token(0, start, end, value, actual, isAllCaps(original), isCapitalized(original),
                hashtag, handle, joined);
    }

    private List<Token> joinSpacedLetters(NormalizedText text, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && isSingleLetter(tokens.get(j))
                    && (j == i || isSpacingGap(text.original(), tokens.get(j - 1).end(), tokens.get(j).start()))) {
                j++;
            }
            if (j - i >= MIN_JOINED_LETTERS) {
                StringBuilder letters = new StringBuilder();
                for (int k = i; k < j; k++) {
                    letters.append(tokens.get(k).text());
                }
                Token first = tokens.get(i);
                Token last = tokens.get(j - 1);
                String original = text.original().substring(first.start(), last.end());
                out.add(new Token(0, first.start(), last.end(), letters.toString(), Token.Kind.WORD,
                        isAllCaps(original), isCapitalized(original), false, false, true));
                i = j;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean isSingleLetter(Token token) {
        return token.text().length() == 1 && !token.isHashtag() && !token.isHandle()
                && (Character.isLetter(token.text().charAt(0)) || "013457".indexOf(token.text().charAt(0)) >= 0);
    }

    /** One or two spaces, or a single dot or dash between the letters. */
    private static boolean isSpacingGap(String original, int from, int to) {
        int gap = to - from;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = original.charAt(k);
            if (c != ' ' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static List<Token> reindex(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i).withIndex(i));
        }
        return out;
    }

    private static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    private static boolean isAllCaps(String original) {
        int letters = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean isCapitalized(String original) {
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }
}
