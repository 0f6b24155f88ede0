package id.warta.ethics.text;

/** A word, number or '%' sign of a draft, with its span in the original text and its match forms. */
public final class Token {
    /** What the token is made of. */
    public enum Kind { WORD, NUMBER, SYMBOL }

    private final int index;
    private final int start;
    private final int end;
    private final String text;
    private final String[] forms;
    private final Kind kind;
    private final boolean allCaps;
    private final boolean capitalized;
    private final boolean hashtag;
    private final boolean handle;
    private final boolean joined;

    Token(int index, int start, int end, String text, Kind kind, boolean allCaps, boolean capitalized,
          boolean hashtag, boolean handle, boolean joined) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.forms = TokenForms.of(text);
        this.kind = kind;
        this.allCaps = allCaps;
        this.capitalized = capitalized;
        this.hashtag = hashtag;
        this.handle = handle;
        this.joined = joined;
    }

    Token withIndex(int newIndex) {
        return new Token(newIndex, start, end, text, kind, allCaps, capitalized, hashtag, handle, joined);
    }

    public int index() {
        return index;
    }

    /** Original offset, inclusive. */
    public int start() {
        return start;
    }

    /** Original offset, exclusive. */
    public int end() {
        return end;
    }

    /** Normalised (lower-case) text; spaced-out letters are already joined. */
    public String text() {
        return text;
    }

    /** The text plus its leetspeak and repeated-letter variants, the text first. */
    public String[] forms() {
        return forms;
    }

    public boolean hasForm(String word) {
        for (String form : forms) {
            if (form.equals(word)) {
                return true;
            }
        }
        return TokenForms.wildcardMatches(text, word);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** All letters upper case in the original, at least two letters. */
    public boolean isAllCaps() {
        return allCaps;
    }

    /** First letter upper case in the original. */
    public boolean isCapitalized() {
        return capitalized;
    }

    public boolean isHashtag() {
        return hashtag;
    }

    public boolean isHandle() {
        return handle;
    }

    /** Letters written apart ("b a n g s a t") and joined by the tokenizer. */
    public boolean isJoined() {
        return joined;
    }

    @Override
    public String toString() {
        return text + "[" + start + "," + end + ")";
    }
}
