-- CalDAV publishing ledger: per collection and UID, what was last pushed (sequence and a hash of
-- the resource's bytes) and the server's ETag for it. A push sends only resources whose hash
-- changed, updates with If-Match on the stored ETag and deletes what left the selection.
-- The collection URL is part of the key, so publishing to a second server starts afresh.
CREATE TABLE caldav_resource (
    collection TEXT NOT NULL,
    uid        TEXT NOT NULL,
    name       TEXT NOT NULL,
    etag       TEXT,
    sequence   INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    pushed_at  ${instant} NOT NULL,
    PRIMARY KEY (collection, uid)
) ${strict};
