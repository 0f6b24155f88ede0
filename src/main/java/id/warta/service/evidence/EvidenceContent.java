package id.warta.service.evidence;

import id.warta.domain.AuditEntry;
import id.warta.service.ChainStatus;
import id.warta.service.EvidenceScope;
import id.warta.service.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Everything one export says, gathered once so every file of it tells the same story.
 *
 * @param entries      the selected entries, in chain order
 * @param databaseName the database file's name (not its full path: paths can name people)
 * @param zone         the zone local times are shown in
 */
public record EvidenceContent(EvidenceScope scope, List<AuditEntry> entries, ChainStatus chain, Instant exportedAt,
                              String wartaVersion, String databaseName, Messages messages, ZoneId zone) {
    /** Exactly the form the hash covers (docs/audit.md), so scripts can recompute it from the files. */
    static final DateTimeFormatter CANONICAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public EvidenceContent {
        entries = List.copyOf(entries);
    }

    static String canonicalTime(Instant at) {
        return CANONICAL_TIME.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The chain's state in one English line, the same words {@code warta audit verify} prints. */
    String chainLine() {
        var v = chain.verification();
        return v.intact()
                ? "OK " + chain.entries() + " entries, head " + chain.head()
                : "BROKEN at entry " + v.brokenSeq() + " (" + v.brokenId() + "): " + v.reason();
    }
}
