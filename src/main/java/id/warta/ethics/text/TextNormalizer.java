package id.warta.ethics.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises one code point at a time so that each output char knows which original code point
 * produced it. Leetspeak, repeated letters and spaced-out letters are handled per token (see
 * {@link TokenForms} and {@link Tokenizer}) because they depend on the whole word.
 */
public final class TextNormalizer {

    public NormalizedText normalize(String original) {
        int length = original.length();
        StringBuilder out = new StringBuilder(length);
        int[] starts = new int[length + 8];
        int[] ends = new int[length + 8];
        int i = 0;
        while (i < length) {
            char c = original.charAt(i);
            // Plain ASCII (most of any draft) maps to itself lower-cased: no string per char.
            if (c < 0x80) {
                if (out.length() == starts.length) {
                    starts = grow(starts);
                    ends = grow(ends);
                }
                starts[out.length()] = i;
                ends[out.length()] = i + 1;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                i++;
                continue;
            }
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String mapped = map(codePoint);
            for (int k = 0; k < mapped.length(); k++) {
                if (out.length() == starts.length) {
                    starts = grow(starts);
                    ends = grow(ends);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(mapped.charAt(k));
            }
            i = next;
        }
        return new NormalizedText(original, out.toString(), starts, ends);
    }

    private static String map(int codePoint) {
        if (isZeroWidth(codePoint)) {
            return "";
        }
        if (isDash(codePoint)) {
            return "-";
        }
        if (codePoint < 0x80) {
            return String.valueOf(Character.toLowerCase((char) codePoint));
        }
        String nfkc = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return nfkc.toLowerCase(Locale.ROOT);
    }

    private static boolean isZeroWidth(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }

    private static boolean isDash(int cp) {
        return cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015
                || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D;
    }

    private static int[] grow(int[] array) {
        int[] bigger = new int[array.length * 2 + 8];
        System.arraycopy(array, 0, bigger, 0, array.length);
        return bigger;
    }
}
