-- Per-client watch and allow lists (the rule pack's client extensions), check results kept with
-- the rule-pack version that produced them, and supervisors' overrides of blocking findings.

CREATE TABLE watch_term (
    id        TEXT NOT NULL PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    term      TEXT NOT NULL CHECK (length(trim(term)) > 0),
    kind      TEXT NOT NULL CHECK (kind IN ('candidate', 'party', 'sensitive_project', 'avoided_word')),
    version   INTEGER NOT NULL DEFAULT 1
) ${strict};
CREATE UNIQUE INDEX watch_term_uq ON watch_term (client_id, lower(term));

CREATE TABLE allow_term (
    id        TEXT NOT NULL PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    term      TEXT NOT NULL CHECK (length(trim(term)) > 0),
    version   INTEGER NOT NULL DEFAULT 1
) ${strict};
CREATE UNIQUE INDEX allow_term_uq ON allow_term (client_id, lower(term));

CREATE TABLE check_result (
    id         TEXT NOT NULL PRIMARY KEY,
    post_id    TEXT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    rule_pack  TEXT NOT NULL,
    checked_at ${instant} NOT NULL,
    verdict    TEXT NOT NULL CHECK (verdict IN ('PASS', 'WARN', 'BLOCK')),
    blocks     INTEGER NOT NULL,
    warnings   INTEGER NOT NULL,
    findings   TEXT NOT NULL
) ${strict};
CREATE INDEX check_result_post_ix ON check_result (post_id, checked_at);

CREATE TABLE finding_override (
    id         TEXT NOT NULL PRIMARY KEY,
    post_id    TEXT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    rule_id    TEXT NOT NULL,
    excerpt    TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
    user_id    TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    rule_pack  TEXT NOT NULL,
    created_at ${instant} NOT NULL
) ${strict};
CREATE INDEX finding_override_post_ix ON finding_override (post_id);
