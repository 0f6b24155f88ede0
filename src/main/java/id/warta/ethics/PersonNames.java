package id.warta.ethics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Full names of private people: a title or "bernama" followed by at least two capitalised words
 * ("Bapak Tarmiji Sukaryo", "ananda Kirana Puspitawening"). Initials ("AS (47)") are not full
 * names; an official in a role ("Pak Bupati", "Wabup Arif") is not a private person.
 */
final class PersonNames {
    private final Pattern pattern;
    private final Set<String> officialTitles;

    PersonNames(List<String> titles, List<String> officialTitles) {
        String alternation = titles.stream().map(PersonNames::quoteTitle).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}])(?:" + alternation + ")\\s{1,2}(?:(?:H|Hj|Dr|dr|Ir|Drs)\\.\\s{0,2})?"
                + "(\\p{Lu}\\p{Ll}{1,20}+(?:\\s{1,2}\\p{Lu}\\p{Ll}{1,20}+){1,3})");
        this.officialTitles = officialTitles.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String quoteTitle(String title) {
        return Pattern.quote(title).replace(".", "\\.");
    }

    /** Spans [start, end) of private full names. */
    List<int[]> find(String text) {
        Matcher m = pattern.matcher(text);
        List<int[]> out = new ArrayList<>();
        while (m.find()) {
            String firstWord = m.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!officialTitles.contains(firstWord)) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }
}
