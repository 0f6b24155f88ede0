-- Read-only calendars shown beside the schedule: imported .ics files and the bundled national
-- holidays. Events are copied in, so the calendar keeps showing them when the file is gone.
CREATE TABLE overlay (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    source      TEXT NOT NULL,          -- 'file:<name>' or 'builtin:<resource>'
    imported_at ${instant} NOT NULL
) ${strict};

CREATE TABLE overlay_event (
    overlay_id  TEXT NOT NULL REFERENCES overlay(id) ON DELETE CASCADE,
    uid         TEXT NOT NULL,
    title       TEXT NOT NULL,
    start_day   TEXT NOT NULL,          -- first day (all-day) or the start's day in UTC, for range queries
    end_day     TEXT NOT NULL,          -- last day, inclusive
    start_at    ${instant},             -- instant for timed events, NULL for all-day
    end_at      ${instant}
) ${strict};

CREATE INDEX overlay_event_days ON overlay_event(start_day, end_day);
CREATE INDEX overlay_event_overlay ON overlay_event(overlay_id);
