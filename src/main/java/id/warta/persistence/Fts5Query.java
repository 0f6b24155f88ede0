package id.warta.persistence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into an FTS5 query that cannot fail: the words are cut out the way the
 * unicode61 tokenizer cuts them (letters and digits; everything else separates), and each becomes
 * a quoted prefix phrase, {@code "banj"*}, joined by FTS5's implicit AND. Quotes, {@code *},
 * {@code -}, {@code :}, parentheses or a word such as {@code NOT} are therefore plain text.
 */
final class Fts5Query {
    /** A longer query is not a search anyone types; the rest of the words add nothing but cost. */
    static final int MAX_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fts5Query() {
    }

    /** The query for {@code text}, or empty when it holds no word at all (only punctuation, say). */
    static String of(String text) {
        List<String> words = words(text);
        StringBuilder query = new StringBuilder();
        for (String word : words) {
            if (!query.isEmpty()) {
                query.append(' ');
            }
            // The words hold no quote, but doubling is FTS5's escape and costs nothing to keep right.
            query.append('"').append(word.replace("\"", "\"\"")).append("\"*");
        }
        return query.toString();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        Matcher m = WORD.matcher(plain);
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group());
        }
        return words;
    }
}
