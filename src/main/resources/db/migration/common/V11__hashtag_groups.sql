-- Saved hashtag groups per client, inserted into a post with one click in the editor, and the
-- link of a post with the UTM parameters added per target account. Media stay in post_media (V1):
-- the location there is the file name of the copy in the database's media folder (<name>.media/).
CREATE TABLE hashtag_group (
    id        TEXT NOT NULL PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    tags      TEXT NOT NULL,            -- the hashtags separated by single spaces, each with its '#'
    version   INTEGER NOT NULL DEFAULT 1
) ${strict};

CREATE UNIQUE INDEX hashtag_group_name ON hashtag_group (client_id, lower(name));

CREATE TABLE post_link (
    post_id      TEXT NOT NULL PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    url          TEXT NOT NULL,
    utm_source   TEXT NOT NULL DEFAULT '',  -- blank: each account's channel
    utm_medium   TEXT NOT NULL DEFAULT '',
    utm_campaign TEXT NOT NULL DEFAULT ''   -- blank: the post's campaign as a slug
) ${strict};
