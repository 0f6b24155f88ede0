package id.warta.ethics.text;

import java.util.ArrayList;
import java.util.List;

/** Leetspeak and repeated-letter variants of a token (REFERENCE.md section c and h). */
final class TokenForms {
    private static final String LEET_FROM = "4103573@$";
    private static final String LEET_TO = "aioestsas";

    private TokenForms() {
    }

    static String[] of(String text) {
        List<String> forms = new ArrayList<>(4);
        forms.add(text);
        if (looksLikeLeet(text)) {
            forms.add(deleet(text));
        }
        int size = forms.size();
        for (int i = 0; i < size; i++) {
            String form = forms.get(i);
            if (hasRunOfThree(form)) {
                addOnce(forms, collapse(form, 1));
                addOnce(forms, collapse(form, 2));
            }
        }
        return forms.toArray(String[]::new);
    }

    /**
     * Leetspeak only for tokens that mix letters with leet digits or symbols ("b0d0h", "k4f1r"),
     * never for codes ("A1", "B2SA", "PIN2026"): at least three chars, two letters, and every
     * digit a leet digit.
     */
    static boolean looksLikeLeet(String text) {
        if (text.length() < 3) {
            return false;
        }
        int letters = 0;
        int leet = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (LEET_FROM.indexOf(c) >= 0) {
                leet++;
            } else if (Character.isDigit(c)) {
                return false;
            }
        }
        return leet > 0 && letters >= 2 && letters >= leet;
    }

    static String deleet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = LEET_FROM.indexOf(c);
            out.append(at >= 0 ? LEET_TO.charAt(at) : c);
        }
        return out.toString();
    }

    private static boolean hasRunOfThree(String text) {
        for (int i = 2; i < text.length(); i++) {
            if (text.charAt(i) == text.charAt(i - 1) && text.charAt(i) == text.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** Runs of three or more equal letters become {@code keep} letters. */
    static String collapse(String text, int keep) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int j = i;
            while (j < text.length() && text.charAt(j) == c) {
                j++;
            }
            int run = j - i;
            int copies = run >= 3 && Character.isLetter(c) ? keep : run;
            for (int k = 0; k < copies; k++) {
                out.append(c);
            }
            i = j;
        }
        return out.toString();
    }

    /** A '*' inside a word of letters stands for one letter ("b*ngsat"). */
    static boolean wildcardMatches(String text, String word) {
        if (text.indexOf('*') < 0 || text.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*') {
                if (!Character.isLetter(word.charAt(i))) {
                    return false;
                }
            } else if (c != word.charAt(i) || !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static void addOnce(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }
}
