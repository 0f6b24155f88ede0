package id.warta.service;

import id.warta.domain.AuditEntry;
import java.util.List;
import java.util.Optional;

/** The stored audit chain; entries are only ever appended. */
public interface AuditRepository {
    Optional<AuditEntry> last();

    void append(AuditEntry entry);

    /** Every entry in stored order (by sequence number). */
    List<AuditEntry> all();

    /** Entries about one record, oldest first. */
    List<AuditEntry> about(String entityType, String entityId);

    long count();
}
