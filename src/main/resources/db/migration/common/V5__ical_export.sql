-- iCalendar publication ledger: what each publication (post target) looked like when it was last
-- exported. The UID is assigned once and never changes; SEQUENCE rises whenever the exported facts
-- (time, text, state, approver, ...) differ from the stored fingerprint, so a subscriber updates
-- the event instead of duplicating it. No foreign key to post_target on purpose: a deleted
-- publication keeps its UID row, so a later feed can still announce it as cancelled.
CREATE TABLE ical_publication (
    target_id     TEXT NOT NULL PRIMARY KEY,
    uid           TEXT NOT NULL,
    sequence      INTEGER NOT NULL DEFAULT 0,
    fingerprint   TEXT NOT NULL,
    last_modified ${instant} NOT NULL
) ${strict};
CREATE UNIQUE INDEX ical_publication_uid_uq ON ical_publication (uid);

-- Subscription feeds: a saved filter served at a secret address. The token is the credential;
-- revoking keeps the row (who made which feed stays visible) and makes the address answer 404.
CREATE TABLE ical_feed (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    token      TEXT NOT NULL,
    from_date  TEXT,
    to_date    TEXT,
    client     TEXT,
    account    TEXT,
    channel    TEXT,
    campaign   TEXT,
    statuses   TEXT NOT NULL DEFAULT '',
    created_at ${instant} NOT NULL,
    revoked_at ${instant}
) ${strict};
CREATE UNIQUE INDEX ical_feed_token_uq ON ical_feed (token);
