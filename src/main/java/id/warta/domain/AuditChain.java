package id.warta.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The audit hash chain. The canonical form is written down in docs/audit.md so another program
 * (or a PostgreSQL trigger) can reproduce every hash.
 */
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /**
     * Every field on its own line, in a fixed order; free-text fields carry their length in UTF-16
     * units first, so no content can imitate a field boundary.
     */
    public static String canonical(AuditEntry e) {
        StringBuilder b = new StringBuilder(256 + e.before().length() + e.after().length());
        b.append("warta-audit-v1\n");
        b.append(e.seq()).append('\n');
        b.append(e.id()).append('\n');
        b.append(TIME.format(e.at().truncatedTo(ChronoUnit.MILLIS))).append('\n');
        field(b, e.actor());
        field(b, e.action());
        field(b, e.entityType());
        field(b, e.entityId());
        field(b, e.before());
        field(b, e.after());
        b.append(e.prevHash());
        return b.toString();
    }

    private static void field(StringBuilder b, String value) {
        b.append(value.length()).append(':').append(value).append('\n');
    }

    public static String hashOf(AuditEntry e) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }

    /** The next entry after {@code previous} (empty for the first), with its hash filled in. */
    public static AuditEntry link(Optional<AuditEntry> previous, AuditEntry draft) {
        long seq = previous.map(p -> p.seq() + 1).orElse(1L);
        String prev = previous.map(AuditEntry::hash).orElse(GENESIS);
        AuditEntry unhashed = new AuditEntry(seq, draft.id(), draft.at(), draft.actor(), draft.action(),
                draft.entityType(), draft.entityId(), draft.before(), draft.after(), prev, "");
        return new AuditEntry(seq, unhashed.id(), unhashed.at(), unhashed.actor(), unhashed.action(),
                unhashed.entityType(), unhashed.entityId(), unhashed.before(), unhashed.after(), prev, hashOf(unhashed));
    }

    /** What a verification found. */
    public record Verification(boolean intact, long entries, String head, long brokenSeq, String brokenId,
                               String reason) {
        static Verification ok(long entries, String head) {
            return new Verification(true, entries, head, 0, "", "");
        }

        static Verification broken(AuditEntry at, String reason) {
            return new Verification(false, 0, "", at.seq(), at.id(), reason);
        }
    }

    /**
     * Checks entries in stored order: sequence without gaps from 1, each previous hash equal to
     * the hash before it, each hash equal to the recomputed one, and, when given, the head.
     */
    public static Verification verify(List<AuditEntry> entries, Optional<String> expectedHead) {
        String previous = GENESIS;
        long expectedSeq = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                return Verification.broken(e, e.seq() > expectedSeq
                        ? "entry " + expectedSeq + " is missing" : "entries are out of order");
            }
            if (!e.prevHash().equals(previous)) {
                return Verification.broken(e, "previous hash does not match entry " + (expectedSeq - 1));
            }
            if (!hashOf(e).equals(e.hash())) {
                return Verification.broken(e, "content was altered (hash mismatch)");
            }
            previous = e.hash();
            expectedSeq++;
        }
        String head = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
        if (expectedHead.isPresent() && !expectedHead.get().equalsIgnoreCase(head)) {
            AuditEntry last = entries.isEmpty()
                    ? new AuditEntry(0, "-", java.time.Instant.EPOCH, "", "", "", "", "", "", GENESIS, "")
                    : entries.get(entries.size() - 1);
            return Verification.broken(last, "head " + head + " differs from the expected head (entries cut off the end?)");
        }
        return Verification.ok(entries.size(), head);
    }
}
