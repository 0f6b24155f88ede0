package id.warta.ethics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Sentence starts for "same sentence" rules; abbreviations such as "Jl." or "s.d." do not end one. */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jl", "gg", "no", "kel", "kec", "kab", "prov", "pak", "bu", "sdr", "sdri", "dr", "drs", "ir",
            "h", "hj", "s.d", "sd", "a.n", "an", "bdk", "dll", "dsb", "tgl", "pkl", "rt", "rw", "mr", "mrs",
            "ms", "st", "kp", "perum", "blok", "ds", "km", "telp", "hp", "wa", "nomor", "yth", "m");

    private SentenceSplitter() {
    }

    static int[] starts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '!' || c == '?' || c == '\n'
                    || c == '.' && i + 1 < n && Character.isWhitespace(text.charAt(i + 1)) && !isAbbreviation(text, i);
            if (end) {
                int next = i + 1;
                while (next < n && (Character.isWhitespace(text.charAt(next)) || text.charAt(next) == '!'
                        || text.charAt(next) == '?' || text.charAt(next) == '.')) {
                    next++;
                }
                if (next < n && next > starts.get(starts.size() - 1)) {
                    starts.add(next);
                }
                i = next - 1;
            }
        }
        int[] out = new int[starts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = starts.get(i);
        }
        return out;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }
}
