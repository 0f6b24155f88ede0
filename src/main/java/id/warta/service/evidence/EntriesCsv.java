package id.warta.service.evidence;

import id.warta.domain.AuditEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code entries.csv} for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads it as
 * UTF-8), CRLF between records, RFC 4180 quoting. Values are written exactly as stored, because
 * verify.py checks them against entries.json; entries.json stays the authoritative copy.
 */
final class EntriesCsv implements EvidenceDocument {
    static final List<String> HEADER = List.of("seq", "id", "at", "actor", "action", "entity_type", "entity_id",
            "before_json", "after_json", "prev_hash", "hash");

    @Override
    public String fileName() {
        return "entries.csv";
    }

    @Override
    public void write(EvidenceContent c, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(NonClosing.of(out), StandardCharsets.UTF_8);
        w.write('\uFEFF');
        record(w, HEADER);
        for (AuditEntry e : c.entries()) {
            record(w, List.of(Long.toString(e.seq()), e.id(), EvidenceContent.canonicalTime(e.at()), e.actor(), e.action(),
                    e.entityType(), e.entityId(), e.before(), e.after(), e.prevHash(), e.hash()));
        }
        w.flush();
    }

    private static void record(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(values.get(i)));
        }
        w.write("\r\n");
    }

    /** Quotes a value when it holds a separator, a quote, a line break or edge spaces. */
    static String quote(String value) {
        boolean plain = !value.isEmpty() && value.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')
                && value.strip().equals(value);
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
