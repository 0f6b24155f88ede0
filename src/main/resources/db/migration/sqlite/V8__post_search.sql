-- Full-text search over post titles and bodies (SQLite FTS5; a PostgreSQL build gets its own
-- tsvector migration in db/migration/postgresql). An external-content table: the text lives once,
-- in post; the index follows it through the triggers below.
--
-- Indonesian has no FTS5 stemmer: unicode61 folds case and, with remove_diacritics 2, accents
-- ("kafé" finds "kafe"); prefix indexes of 2 and 3 characters keep search-as-you-type fast.
--
-- The index is keyed on post's rowid. Warta never runs VACUUM (backups use the page-copying backup
-- API), which could renumber rowids of a table without an INTEGER PRIMARY KEY; whatever copies rows
-- into a new file must run INSERT INTO post_search(post_search) VALUES ('rebuild') afterwards.
CREATE VIRTUAL TABLE post_search USING fts5(
    title,
    body,
    content = 'post',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER post_search_insert AFTER INSERT ON post BEGIN
    INSERT INTO post_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

CREATE TRIGGER post_search_delete AFTER DELETE ON post BEGIN
    INSERT INTO post_search (post_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;

CREATE TRIGGER post_search_update AFTER UPDATE OF title, body ON post BEGIN
    INSERT INTO post_search (post_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO post_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

-- Posts written before this version.
INSERT INTO post_search (post_search) VALUES ('rebuild');
