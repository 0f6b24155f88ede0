package id.warta.ethics.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft prepared once per check: normalised, tokenised, with sentence and quote spans. Lexicon
 * matches are memoised because several rules share a lexicon. Not thread-safe: one per check.
 */
public final class AnalyzedText {
    private static final String QUOTE_OPEN = "\"“«„";
    private static final String QUOTE_CLOSE = "\"”»“";

    private final String original;
    private final List<Token> tokens;
    private final Stemmer stemmer = new Stemmer();
    private final String[] stems;
    private final int[] sentenceStarts;
    private final List<int[]> quotes;
    private final Map<String, List<LexiconMatch>> memo = new HashMap<>();

    public AnalyzedText(String original) {
        this.original = original;
        this.tokens = new Tokenizer().tokenize(new TextNormalizer().normalize(original));
        this.stems = new String[tokens.size()];
        this.sentenceStarts = SentenceSplitter.starts(original);
        this.quotes = findQuotes(original);
    }

    public String original() {
        return original;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    public String stem(int index) {
        String stem = stems[index];
        if (stem == null) {
            Token token = tokens.get(index);
            String[] forms = token.forms();
            stem = token.isWord() ? stemmer.stem(forms[forms.length > 1 ? 1 : 0]) : token.text();
            stems[index] = stem;
        }
        return stem;
    }

    /** Index of the first token that starts at or after {@code offset}; {@code size()} if none. */
    public int firstTokenAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public int sentenceStart(int offset) {
        int at = sentenceIndex(offset);
        return sentenceStarts[at];
    }

    public int sentenceEnd(int offset) {
        int at = sentenceIndex(offset);
        return at + 1 < sentenceStarts.length ? sentenceStarts[at + 1] : original.length();
    }

    private int sentenceIndex(int offset) {
        int low = 0;
        int high = sentenceStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (sentenceStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    public boolean sameSentence(int offsetA, int offsetB) {
        return sentenceIndex(offsetA) == sentenceIndex(offsetB);
    }

    /** True when the span lies inside a pair of double quotes. */
    public boolean isQuoted(int start, int end) {
        for (int[] quote : quotes) {
            if (quote[0] <= start && end <= quote[1]) {
                return true;
            }
        }
        return false;
    }

    /** All matches of a lexicon, longest first at each token, computed once per lexicon. */
    public List<LexiconMatch> matches(Lexicon lexicon, boolean withStems) {
        String key = lexicon.name() + (withStems ? "#stem" : "");
        List<LexiconMatch> found = memo.get(key);
        if (found == null) {
            found = findMatches(lexicon, withStems);
            memo.put(key, found);
        }
        return found;
    }

    public boolean contains(Lexicon lexicon) {
        return !matches(lexicon, false).isEmpty();
    }

    private List<LexiconMatch> findMatches(Lexicon lexicon, boolean withStems) {
        List<LexiconMatch> out = new ArrayList<>();
        if (lexicon.isEmpty()) {
            return out;
        }
        int coveredUntil = -1;
        for (int i = 0; i < tokens.size(); i++) {
            LexiconMatch best = longestSurfaceMatch(lexicon, i);
            if (best == null && withStems && tokens.get(i).isWord()) {
                best = longestStemMatch(lexicon, i);
            }
            // A phrase inside a longer match of the same lexicon ("sebelum dihapus" inside
            // "sebarkan sebelum dihapus") is the same finding.
            if (best != null && best.lastToken() > coveredUntil) {
                out.add(best);
                coveredUntil = best.lastToken();
            }
        }
        return out;
    }

    private LexiconMatch longestSurfaceMatch(Lexicon lexicon, int at) {
        Token first = tokens.get(at);
        LexiconMatch best = null;
        for (String form : first.forms()) {
            for (Lexicon.Entry entry : lexicon.startingWith(form)) {
                best = longer(best, trySurface(entry, at));
            }
        }
        if (best == null && first.text().indexOf('*') >= 0) {
            for (Lexicon.Entry entry : lexicon.entries()) {
                if (first.hasForm(entry.words().get(0))) {
                    best = longer(best, trySurface(entry, at));
                }
            }
        }
        return best;
    }

    private LexiconMatch trySurface(Lexicon.Entry entry, int at) {
        List<String> words = entry.words();
        if (at + words.size() > tokens.size()) {
            return null;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!tokens.get(at + k).hasForm(words.get(k))) {
                return null;
            }
        }
        int last = at + words.size() - 1;
        return new LexiconMatch(entry, at, last, tokens.get(at).start(), tokens.get(last).end(), false);
    }

    private LexiconMatch longestStemMatch(Lexicon lexicon, int at) {
        LexiconMatch best = null;
        for (Lexicon.StemmedEntry stemmed : lexicon.startingWithStem(stem(at))) {
            Lexicon.Entry entry = stemmed.entry();
            List<String> entryStems = stemmed.stems();
            if (at + entryStems.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < entryStems.size() && all; k++) {
                all = tokens.get(at + k).hasForm(entry.words().get(k)) || stem(at + k).equals(entryStems.get(k));
            }
            if (all) {
                int last = at + entryStems.size() - 1;
                best = longer(best, new LexiconMatch(entry, at, last, tokens.get(at).start(), tokens.get(last).end(), true));
            }
        }
        return best;
    }

    private static LexiconMatch longer(LexiconMatch a, LexiconMatch b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.lastToken() > a.lastToken() ? b : a;
    }

    private static List<int[]> findQuotes(String text) {
        List<int[]> found = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (open < 0 && QUOTE_OPEN.indexOf(c) >= 0) {
                open = i;
            } else if (open >= 0 && QUOTE_CLOSE.indexOf(c) >= 0) {
                found.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        return found;
    }
}
