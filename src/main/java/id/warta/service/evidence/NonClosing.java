package id.warta.service.evidence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets a writer close its own wrapper without closing a zip stream that holds more files. */
final class NonClosing extends FilterOutputStream {
    private NonClosing(OutputStream out) {
        super(out);
    }

    static OutputStream of(OutputStream out) {
        return new NonClosing(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
