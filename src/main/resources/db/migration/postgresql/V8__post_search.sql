-- Full-text search over post titles and bodies on PostgreSQL, the counterpart of sqlite/V8 (FTS5):
-- a generated tsvector with a GIN index. The 'simple' configuration does not stem, like unicode61 on
-- SQLite, so both backends match the same words; accents are not folded here because unaccent is an
-- extension an agency's server may not have.
ALTER TABLE post ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED;

CREATE INDEX post_search_vector ON post USING GIN (search_vector);
