-- Sign-in, review decisions, comments and delegations (the review workflow).

ALTER TABLE app_user ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE app_user ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN next_attempt_at ${instant};
ALTER TABLE app_user ADD COLUMN locked_until ${instant};

CREATE TABLE delegation (
    id           TEXT NOT NULL PRIMARY KEY,
    from_user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    to_user_id   TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    client_id    TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL,
    revoked      ${bool} NOT NULL DEFAULT FALSE,
    CHECK (from_user_id <> to_user_id),
    CHECK (ends_on >= starts_on)
) ${strict};
CREATE INDEX delegation_to_ix ON delegation (to_user_id);

CREATE TABLE post_comment (
    id            TEXT NOT NULL PRIMARY KEY,
    post_id       TEXT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    author_id     TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    body          TEXT NOT NULL CHECK (length(trim(body)) > 0),
    reviewer_only ${bool} NOT NULL DEFAULT FALSE,
    created_at    ${instant} NOT NULL
) ${strict};
CREATE INDEX post_comment_post_ix ON post_comment (post_id, created_at);

CREATE TABLE review_decision (
    id            TEXT NOT NULL PRIMARY KEY,
    post_id       TEXT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    reviewer_id   TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    decision      TEXT NOT NULL CHECK (decision IN ('approved', 'changes_requested', 'rejected')),
    comment       TEXT NOT NULL DEFAULT '',
    checklist     TEXT NOT NULL DEFAULT '[]',
    on_behalf_of  TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    self_approved ${bool} NOT NULL DEFAULT FALSE,
    rule_pack     TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    decided_at    ${instant} NOT NULL
) ${strict};
CREATE INDEX review_decision_post_ix ON review_decision (post_id, decided_at);
