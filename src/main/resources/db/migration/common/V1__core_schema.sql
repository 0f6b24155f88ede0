-- Warta core schema. Portable between SQLite and PostgreSQL: placeholders carry the vendor types
-- (instant: TEXT on SQLite, timestamptz later on PostgreSQL; strict: STRICT on SQLite).
-- Keys are application-generated UUID text; every editable row has a version for optimistic saves.

CREATE TABLE setting (
    key     TEXT NOT NULL PRIMARY KEY,
    value   TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
) ${strict};

CREATE TABLE client (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    short_name TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
) ${strict};
CREATE UNIQUE INDEX client_name_uq ON client (lower(name));

CREATE TABLE account (
    id           TEXT NOT NULL PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('instagram', 'facebook', 'x', 'tiktok', 'youtube', 'linkedin',
                                                  'threads', 'whatsapp_channel', 'website', 'press_release')),
    handle       TEXT NOT NULL,
    display_name TEXT NOT NULL,
    zone         TEXT NOT NULL CHECK (zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
    version      INTEGER NOT NULL DEFAULT 1
) ${strict};
CREATE UNIQUE INDEX account_handle_uq ON account (client_id, channel, lower(handle));
CREATE INDEX account_client_ix ON account (client_id);

CREATE TABLE campaign (
    id         TEXT NOT NULL PRIMARY KEY,
    client_id  TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    start_date TEXT,
    end_date   TEXT,
    version    INTEGER NOT NULL DEFAULT 1
) ${strict};
CREATE INDEX campaign_client_ix ON campaign (client_id);

CREATE TABLE app_user (
    id           TEXT NOT NULL PRIMARY KEY,
    username     TEXT NOT NULL,
    display_name TEXT NOT NULL,
    active       ${bool} NOT NULL DEFAULT TRUE,
    version      INTEGER NOT NULL DEFAULT 1
) ${strict};
CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username));

CREATE TABLE user_role (
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('staff', 'supervisor', 'admin')),
    PRIMARY KEY (user_id, role)
) ${strict};

CREATE TABLE client_assignment (
    user_id   TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, client_id)
) ${strict};

CREATE TABLE post (
    id           TEXT NOT NULL PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    campaign_id  TEXT REFERENCES campaign (id) ON DELETE SET NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    content_type TEXT NOT NULL CHECK (content_type IN ('educational', 'infographic', 'video', 'live', 'qa_webinar',
                                                       'announcement', 'greeting', 'press_release',
                                                       'single_narrative', 'hoax_clarification', 'emergency')),
    state        TEXT NOT NULL CHECK (state IN ('idea', 'draft', 'in_review', 'changes_requested', 'rejected',
                                                'approved', 'scheduled', 'published', 'cancelled')),
    hashtags     TEXT NOT NULL DEFAULT '',
    author_id    TEXT REFERENCES app_user (id) ON DELETE SET NULL,
    created_at   ${instant} NOT NULL,
    updated_at   ${instant} NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
) ${strict};
CREATE INDEX post_client_ix ON post (client_id);
CREATE INDEX post_state_ix ON post (state);

CREATE TABLE post_media (
    post_id  TEXT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    location TEXT NOT NULL,
    alt_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (post_id, position)
) ${strict};

CREATE TABLE post_target (
    id           TEXT NOT NULL PRIMARY KEY,
    post_id      TEXT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    account_id   TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    scheduled_at ${instant} NOT NULL,
    live_url     TEXT,
    version      INTEGER NOT NULL DEFAULT 1
) ${strict};
-- Covering index for the calendar's range query: the month view reads only this index and two lookups.
CREATE INDEX post_target_time_ix ON post_target (scheduled_at, post_id, account_id);
CREATE INDEX post_target_post_ix ON post_target (post_id);
CREATE INDEX post_target_account_ix ON post_target (account_id);

CREATE TABLE post_variant (
    id         TEXT NOT NULL PRIMARY KEY,
    post_id    TEXT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (post_id, account_id)
) ${strict};
