package id.warta.service.evidence;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.domain.AuditEntry;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code entries.json}: the selected entries with every field the hash covers, under the names
 * verify.py reads, plus what the export was about and the state of the chain.
 */
final class EntriesJson implements EvidenceDocument {
    static final String FORMAT = "warta-evidence-v1";
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String fileName() {
        return "entries.json";
    }

    @Override
    public void write(EvidenceContent c, OutputStream out) throws IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(NonClosing.of(out), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("wartaVersion", c.wartaVersion());
            g.writeStringField("exportedAt", EvidenceContent.canonicalTime(c.exportedAt()));
            g.writeStringField("database", c.databaseName());
            g.writeObjectFieldStart("scope");
            if (c.scope().isPost()) {
                g.writeStringField("postId", c.scope().postId());
            } else {
                g.writeStringField("from", c.scope().from().toString());
                g.writeStringField("to", c.scope().to().toString());
                g.writeStringField("zone", c.zone().getId());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("chain");
            var v = c.chain().verification();
            g.writeBooleanField("intact", v.intact());
            g.writeNumberField("entries", c.chain().entries());
            g.writeStringField("head", c.chain().head());
            if (!v.intact()) {
                g.writeNumberField("brokenSeq", v.brokenSeq());
                g.writeStringField("brokenId", v.brokenId());
                g.writeStringField("reason", v.reason());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            for (AuditEntry e : c.entries()) {
                g.writeStartObject();
                g.writeNumberField("seq", e.seq());
                g.writeStringField("id", e.id());
                g.writeStringField("at", EvidenceContent.canonicalTime(e.at()));
                g.writeStringField("actor", e.actor());
                g.writeStringField("action", e.action());
                g.writeStringField("entityType", e.entityType());
                g.writeStringField("entityId", e.entityId());
                g.writeStringField("before", e.before());
                g.writeStringField("after", e.after());
                g.writeStringField("prevHash", e.prevHash());
                g.writeStringField("hash", e.hash());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
