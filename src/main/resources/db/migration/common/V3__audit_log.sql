-- The audit trail: an append-only SHA-256 hash chain (canonical form in docs/audit.md).
CREATE TABLE audit_log (
    seq         INTEGER NOT NULL PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    at          ${instant} NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json  TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) ${strict};
CREATE INDEX audit_log_entity_ix ON audit_log (entity_type, entity_id);
