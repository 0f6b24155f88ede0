package id.warta.service.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code head.txt}: the few facts an office copies into its register, one {@code key: value} per line. */
final class HeadText implements EvidenceDocument {
    @Override
    public String fileName() {
        return "head.txt";
    }

    @Override
    public void write(EvidenceContent c, OutputStream out) throws IOException {
        String scope = c.scope().isPost()
                ? "post " + c.scope().postId()
                : c.scope().from() + " .. " + c.scope().to() + " (" + c.zone().getId() + ")";
        String text = "head: " + c.chain().head() + "\n"
                + "entries: " + c.chain().entries() + "\n"
                + "exported-entries: " + c.entries().size() + "\n"
                + "scope: " + scope + "\n"
                + "chain: " + c.chainLine() + "\n"
                + "exported-at: " + EvidenceContent.canonicalTime(c.exportedAt()) + "\n"
                + "database: " + c.databaseName() + "\n"
                + "warta-version: " + c.wartaVersion() + "\n";
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
