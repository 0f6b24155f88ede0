package id.warta.ical;

import java.util.Arrays;

/**
 * RFC 5545 line folding by octets: content lines longer than 75 octets are split with CRLF and a
 * space, never inside a UTF-8 sequence (ical4j folds by characters, so emoji lines come out too
 * long). Input lines may end with CRLF or LF; output lines always end with CRLF. Encodes UTF-8 by
 * hand in one pass: a calendar of 5,000 events is megabytes, and per-character encoders dominated.
 */
final class OctetFolding {
    static final int MAX_OCTETS = 75;

    private byte[] out;
    private int size;

    private OctetFolding(int capacity) {
        out = new byte[capacity];
    }

    static byte[] fold(String unfolded) {
        OctetFolding f = new OctetFolding(unfolded.length() + unfolded.length() / 8 + 64);
        f.foldAll(unfolded);
        return Arrays.copyOf(f.out, f.size);
    }

    private void foldAll(String s) {
        int used = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < length && s.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n') {
                put((byte) '\r');
                put((byte) '\n');
                used = 0;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            }
            int width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + width > MAX_OCTETS) {
                put((byte) '\r');
                put((byte) '\n');
                put((byte) ' ');
                used = 1;
            }
            encode(cp, width);
            used += width;
        }
        if (size > 0 && out[size - 1] != '\n') {
            put((byte) '\r');
            put((byte) '\n');
        }
    }

    private void encode(int cp, int width) {
        switch (width) {
            case 1 -> put((byte) cp);
            case 2 -> {
                put((byte) (0xC0 | (cp >> 6)));
                put((byte) (0x80 | (cp & 0x3F)));
            }
            case 3 -> {
                // A lone surrogate has no UTF-8 form; write U+FFFD as Java's own encoder would.
                int v = Character.isSurrogate((char) cp) ? 0xFFFD : cp;
                put((byte) (0xE0 | (v >> 12)));
                put((byte) (0x80 | ((v >> 6) & 0x3F)));
                put((byte) (0x80 | (v & 0x3F)));
            }
            default -> {
                put((byte) (0xF0 | (cp >> 18)));
                put((byte) (0x80 | ((cp >> 12) & 0x3F)));
                put((byte) (0x80 | ((cp >> 6) & 0x3F)));
                put((byte) (0x80 | (cp & 0x3F)));
            }
        }
    }

    private void put(byte b) {
        if (size == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = b;
    }
}
