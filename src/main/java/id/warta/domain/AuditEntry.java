package id.warta.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of the audit chain: who did what to which record, with the record before and after
 * (JSON text, empty when there is none), chained to the previous entry by its hash.
 *
 * @param seq      position in the chain, 1 for the first entry, without gaps
 * @param prevHash hash of the entry before, {@link AuditChain#GENESIS} for the first
 * @param hash     SHA-256 of {@link AuditChain#canonical(AuditEntry)}, lower-case hex
 */
public record AuditEntry(long seq, String id, Instant at, String actor, String action, String entityType,
                         String entityId, String before, String after, String prevHash, String hash) {
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(prevHash, "prevHash");
        actor = actor == null ? "" : actor;
        action = action == null ? "" : action;
        entityType = entityType == null ? "" : entityType;
        entityId = entityId == null ? "" : entityId;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        hash = hash == null ? "" : hash;
    }
}
