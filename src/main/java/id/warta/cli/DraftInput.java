package id.warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one draft for {@code check}: strict UTF-8, no NUL bytes, not empty, at most
 * {@link #MAX_CHARS} chars. Never reads more than it needs to refuse a huge file.
 */
final class DraftInput {
    static final int MAX_CHARS = 200_000;
    /** UTF-8 needs at most 3 bytes per UTF-16 char, so more bytes than this is too long for sure. */
    private static final int MAX_BYTES = MAX_CHARS * 3;

    /** A draft's text, or the bundle key and argument of why it cannot be checked. */
    record Result(String text, String errorKey, Object detail) {
        static Result ok(String text) {
            return new Result(text, null, null);
        }

        static Result error(String key) {
            return new Result(null, key, null);
        }

        static Result error(String key, Object detail) {
            return new Result(null, key, detail);
        }

        boolean isOk() {
            return errorKey == null;
        }
    }

    private DraftInput() {
    }

    static Result readFile(Path path) {
        if (Files.isDirectory(path)) {
            return Result.error("check.error.unreadable");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return decode(in);
        } catch (NoSuchFileException e) {
            return Result.error("check.error.missing");
        } catch (AccessDeniedException e) {
            return Result.error("check.error.unreadable");
        } catch (IOException e) {
            return Result.error("check.error.unreadable");
        }
    }

    static Result readStream(InputStream in) {
        try {
            return decode(in);
        } catch (IOException e) {
            return Result.error("check.error.unreadable");
        }
    }

    private static Result decode(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return Result.error("check.error.tooLarge", ">" + MAX_CHARS);
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Result.error("check.error.binary");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            return Result.error("check.error.notUtf8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            // A byte-order mark is an encoding detail, not part of the draft.
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Result.error("check.error.empty");
        }
        if (text.length() > MAX_CHARS) {
            return Result.error("check.error.tooLarge", text.length());
        }
        return Result.ok(text);
    }
}
