package id.warta.persistence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a PostgreSQL {@code to_tsquery} text that cannot fail, the
 * counterpart of {@link Fts5Query}: only runs of letters, digits and accents survive, each becomes a
 * quoted prefix term {@code 'banj':*}, joined by {@code &}. Quotes, {@code !}, {@code |}, {@code :},
 * parentheses and backslashes never reach the query, so no input is syntax. The text is bound as a
 * parameter, never written into the SQL.
 */
final class TsQuery {
    /** Letters keep their accents: the 'simple' configuration of postgresql/V8 does not fold them. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*");

    private TsQuery() {
    }

    /** The query for {@code text}, or empty when it holds no word at all. */
    static String of(String text) {
        StringBuilder query = new StringBuilder();
        for (String word : words(text)) {
            if (!query.isEmpty()) {
                query.append(" & ");
            }
            query.append('\'').append(word).append("':*");
        }
        return query.toString();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < Fts5Query.MAX_WORDS) {
            words.add(m.group());
        }
        return words;
    }
}
