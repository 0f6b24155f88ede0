package id.warta.service.evidence;

import java.io.IOException;
import java.io.OutputStream;

/** One file of an evidence export. */
public interface EvidenceDocument {
    String fileName();

    /** Writes the file; the stream is closed by the caller. */
    void write(EvidenceContent content, OutputStream out) throws IOException;
}
