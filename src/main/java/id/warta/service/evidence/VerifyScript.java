package id.warta.service.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code verify.py}: the inspector's own check, needing only Python 3. */
final class VerifyScript implements EvidenceDocument {
    @Override
    public String fileName() {
        return "verify.py";
    }

    @Override
    public void write(EvidenceContent content, OutputStream out) throws IOException {
        out.write(Resources.text("verify.py").getBytes(StandardCharsets.UTF_8));
    }
}
