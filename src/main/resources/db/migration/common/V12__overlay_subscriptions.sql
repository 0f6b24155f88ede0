-- Overlays subscribed to by URL (http, https; webcal:// is stored as https://): the address, how
-- often to fetch it again, the validators of the last answer for a conditional GET (ETag,
-- Last-Modified), when it was last tried and last reached, and the message key (with its
-- arguments, one a line) of the last failure. File and built-in overlays leave them NULL.
ALTER TABLE overlay ADD COLUMN source_url TEXT;
ALTER TABLE overlay ADD COLUMN refresh_minutes INTEGER;
ALTER TABLE overlay ADD COLUMN fetched_at ${instant};
ALTER TABLE overlay ADD COLUMN attempted_at ${instant};
ALTER TABLE overlay ADD COLUMN etag TEXT;
ALTER TABLE overlay ADD COLUMN last_modified TEXT;
ALTER TABLE overlay ADD COLUMN error_key TEXT;
ALTER TABLE overlay ADD COLUMN error_args TEXT;
