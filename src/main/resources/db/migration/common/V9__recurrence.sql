-- Recurring posts (issue 7). A series is a rule stored on the post; its occurrences are ordinary
-- post_target rows, one per date per account, so workflow, review, the ethics check, export UIDs and
-- CalDAV see plain publications (docs/decisions/recurring-posts-as-publications.md).

-- The rule, e.g. 'FREQ=WEEKLY;INTERVAL=1;BYDAY=FR;UNTIL=20261231' (UNTIL is a date in the account's zone).
CREATE TABLE post_series (
    post_id TEXT NOT NULL PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    rule    TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
) ${strict};

-- The first publication typed for each account: its date starts that account's series and its
-- local time is kept by every occurrence. The editor shows these, not the expanded rows.
CREATE TABLE post_series_start (
    post_id    TEXT NOT NULL REFERENCES post_series (post_id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    first_at   ${instant} NOT NULL,
    PRIMARY KEY (post_id, account_id)
) ${strict};

-- series_slot: the date (yyyy-MM-dd, account's zone) of the rule occurrence this publication stands
-- for; NULL for a one-off publication. detached: moved by hand, an exception the rule leaves alone.
ALTER TABLE post_target ADD COLUMN series_slot TEXT;
ALTER TABLE post_target ADD COLUMN detached ${bool} NOT NULL DEFAULT FALSE;
