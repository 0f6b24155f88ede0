package id.warta.service.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code README.txt}: how to read and check the export, in the report's language, with the
 * checking script included so a printout alone is enough to redo the check. CRLF line ends,
 * because Notepad is the likeliest reader.
 */
final class ReadmeText implements EvidenceDocument {
    @Override
    public String fileName() {
        return "README.txt";
    }

    @Override
    public void write(EvidenceContent c, OutputStream out) throws IOException {
        String template = Resources.text("README." + c.messages().locale().getLanguage() + ".txt");
        Map<String, String> values = Map.of(
                "version", c.wartaVersion(),
                "exportedAt", EvidenceContent.canonicalTime(c.exportedAt()),
                "database", c.databaseName(),
                "scope", ReportHtml.scopeText(c),
                "exported", Integer.toString(c.entries().size()),
                "entries", Long.toString(c.chain().entries()),
                "chain", c.chainLine(),
                "head", c.chain().head(),
                "script", Resources.text("verify.py").strip());
        String text = template;
        for (var v : values.entrySet()) {
            text = text.replace("${" + v.getKey() + "}", v.getValue());
        }
        out.write(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
