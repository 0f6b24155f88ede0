package id.warta.ical;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 line folding by octets: content lines longer than 75 octets are split with CRLF and a
 * space, never inside a UTF-8 sequence (ical4j folds by characters, so emoji lines come out too
 * long). Input lines may end with CRLF or LF; output lines always end with CRLF.
 */
final class OctetFolding {
    static final int MAX_OCTETS = 75;
    private static final byte[] CRLF = {'\r', '\n'};

    private OctetFolding() {
    }

    static byte[] fold(String unfolded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(unfolded.length() + unfolded.length() / 20 + 64);
        int start = 0;
        int length = unfolded.length();
        while (start < length) {
            int end = unfolded.indexOf('\n', start);
            int next = end < 0 ? length : end + 1;
            int lineEnd = end < 0 ? length : end;
            if (lineEnd > start && unfolded.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            foldLine(unfolded, start, lineEnd, out);
            out.writeBytes(CRLF);
            start = next;
        }
        return out.toByteArray();
    }

    private static void foldLine(String s, int from, int to, ByteArrayOutputStream out) {
        int used = 0;
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            byte[] bytes = s.substring(i, i + width).getBytes(StandardCharsets.UTF_8);
            if (used + bytes.length > MAX_OCTETS) {
                out.writeBytes(CRLF);
                out.write(' ');
                used = 1;
            }
            out.writeBytes(bytes);
            used += bytes.length;
            i += width;
        }
    }
}
