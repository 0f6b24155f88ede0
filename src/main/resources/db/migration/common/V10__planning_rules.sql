-- Planning rules (issue 7): blackout periods set by an administrator, and per account its posting
-- hours and target cadence. A blackout runs from starts_at (inclusive) to ends_at (exclusive).
CREATE TABLE blackout (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    starts_at  ${instant} NOT NULL,
    ends_at    ${instant} NOT NULL,
    scope      TEXT NOT NULL CHECK (scope IN ('all', 'client', 'accounts')),
    client_id  TEXT REFERENCES client (id) ON DELETE CASCADE,
    mode       TEXT NOT NULL CHECK (mode IN ('refuse', 'warn')),
    version    INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at),
    CHECK ((scope = 'client') = (client_id IS NOT NULL))
) ${strict};
CREATE INDEX blackout_time_ix ON blackout (starts_at, ends_at);

CREATE TABLE blackout_account (
    blackout_id TEXT NOT NULL REFERENCES blackout (id) ON DELETE CASCADE,
    account_id  TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (blackout_id, account_id)
) ${strict};

CREATE TABLE account_plan (
    account_id     TEXT NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    hours_from     TEXT,               -- 'HH:MM' on the account's own clock, NULL: any time
    hours_to       TEXT,
    posts_per_week INTEGER CHECK (posts_per_week IS NULL OR posts_per_week BETWEEN 1 AND 100),
    CHECK ((hours_from IS NULL) = (hours_to IS NULL))
) ${strict};
