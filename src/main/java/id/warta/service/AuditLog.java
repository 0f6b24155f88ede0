package id.warta.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.warta.domain.AuditChain;
import id.warta.domain.AuditEntry;
import id.warta.domain.Ids;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Appends entries to the audit chain, inside the caller's transaction, so a change and its entry
 * land together or not at all.
 */
public final class AuditLog {
    private final Transactor tx;
    private final AuditRepository entries;
    private final Supplier<String> actor;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public AuditLog(Transactor tx, AuditRepository entries, Supplier<String> actor, Clock clock) {
        this.tx = tx;
        this.entries = entries;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Records one change.
     *
     * @param before the record before the change (null for a creation), written as JSON
     * @param after  the record after the change (null for a deletion)
     */
    public AuditEntry record(String action, String entityType, String entityId, Object before, Object after) {
        return tx.write(() -> {
            AuditEntry draft = new AuditEntry(0, Ids.newId(), clock.instant(), actor.get(), action, entityType, entityId,
                    toJson(before), toJson(after), AuditChain.GENESIS, "");
            AuditEntry linked = AuditChain.link(entries.last(), draft);
            entries.append(linked);
            return linked;
        });
    }

    /** The latest entry about one record, if any. */
    public Optional<AuditEntry> lastAbout(String entityType, String entityId) {
        return tx.read(() -> {
            var about = entries.about(entityType, entityId);
            return about.isEmpty() ? Optional.<AuditEntry>empty() : Optional.of(about.get(about.size() - 1));
        });
    }

    public AuditChain.Verification verify(Optional<String> expectedHead) {
        return tx.read(() -> AuditChain.verify(entries.all(), expectedHead));
    }

    public String head() {
        return tx.read(() -> entries.last().map(AuditEntry::hash).orElse(AuditChain.GENESIS));
    }

    private String toJson(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write audit snapshot: " + e.getMessage(), e);
        }
    }
}
