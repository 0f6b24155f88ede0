package id.warta.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level diff, so a reviewer sees what changed in an approved post. */
public final class WordDiff {
    /** Above this many cells the table would cost too much memory; the texts are then shown as replaced whole. */
    static final long MAX_CELLS = 4_000_000;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    public enum Kind { SAME, ADDED, REMOVED }

    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    public static List<Segment> between(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            List<Segment> whole = new ArrayList<>();
            if (!a.isEmpty()) {
                whole.add(new Segment(Kind.REMOVED, String.join("", a)));
            }
            if (!b.isEmpty()) {
                whole.add(new Segment(Kind.ADDED, String.join("", b)));
            }
            return whole;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(out, Kind.SAME, a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Kind.ADDED, b.get(j++));
            } else {
                add(out, Kind.REMOVED, a.get(i++));
            }
        }
        return out;
    }

    public static boolean changed(List<Segment> diff) {
        return diff.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static void add(List<Segment> out, Kind kind, String token) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + token));
        } else {
            out.add(new Segment(kind, token));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
