package id.warta.persistence;

import id.warta.service.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** PostgreSQL 14+: instants as {@code timestamptz}, errors by SQLState. */
final class PostgresDialect implements Dialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            // Milliseconds, like SQLite's text, so a value reads back equal on both backends.
            statement.setObject(index, OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        }
    }

    @Override
    public Instant getInstant(ResultSet row, int index) throws SQLException {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("strict", "", "instant", "TIMESTAMPTZ", "bool", "BOOLEAN", "bigint", "BIGINT");
    }

    @Override
    public String insertionOrder() {
        // Append-only tables: the physical position follows insertion closely enough to break a tie of equal times.
        return "ctid";
    }

    @Override
    public String postSearchMatch(String typed) {
        return TsQuery.of(typed);
    }

    /**
     * The generated {@code search_vector} with its GIN index (postgresql/V8). It holds title and body
     * without weights, so a title match is ranked first explicitly, then ts_rank, then the newest edit;
     * like FTS5's bm25 weighting of titles. Only the rows within the limit get their first publication,
     * count and excerpt (a correlated join over every match took seconds on 10,000 posts). The excerpt
     * looks for any of the words (a title-only word is not in the body) and is marked with an ellipsis
     * where words of the body precede or follow it, as FTS5's snippet is; ts_headline drops the
     * punctuation after the last word, which is put back.
     */
    @Override
    public String postSearchSql(int clients) {
        return """
                WITH q AS (SELECT to_tsquery('simple', ?) AS query),
                hit AS (SELECT p.id, p.title, p.client_id, p.state, p.body, p.updated_at,
                               to_tsvector('simple', p.title) @@ q.query AS in_title,
                               ts_rank(p.search_vector, q.query) AS rank,
                               replace(q.query::text, ' & ', ' | ')::tsquery AS any_word
                          FROM q JOIN post p ON p.search_vector @@ q.query
                         WHERE p.client_id IN (%s)
                         ORDER BY in_title DESC, rank DESC, p.updated_at DESC, p.id
                         LIMIT ?),
                cut AS (SELECT hit.*, ts_headline('simple', hit.body, hit.any_word, 'MaxFragments=1, MaxWords=12, '
                                   || 'MinWords=5, StartSel="", StopSel="", FragmentDelimiter=" "') AS excerpt
                          FROM hit),
                placed AS (SELECT cut.*, position(cut.excerpt IN cut.body) AS at FROM cut)
                SELECT h.id, h.title, h.client_id, c.name, h.state, t.scheduled_at, a.channel, a.handle, a.zone,
                       (SELECT count(*) FROM post_target n WHERE n.post_id = h.id),
                       CASE WHEN h.at = 0 THEN '\u2026' || h.excerpt || '\u2026'
                            ELSE CASE WHEN left(h.body, h.at - 1) ~ '[[:alnum:]]' THEN '\u2026'
                                      ELSE left(h.body, h.at - 1) END
                                 || h.excerpt
                                 || CASE WHEN substr(h.body, h.at + length(h.excerpt)) ~ '[[:alnum:]]' THEN '\u2026'
                                         ELSE substr(h.body, h.at + length(h.excerpt)) END
                       END
                  FROM placed h
                  JOIN client c ON c.id = h.client_id
                  LEFT JOIN LATERAL (SELECT f.scheduled_at, f.account_id FROM post_target f WHERE f.post_id = h.id
                                      ORDER BY f.scheduled_at, f.id LIMIT 1) t ON TRUE
                  LEFT JOIN account a ON a.id = t.account_id
                 ORDER BY h.in_title DESC, h.rank DESC, h.updated_at DESC, h.id""".formatted(Dialect.marks(clients));
    }

    @Override
    public StorageException translate(SQLException e, String what, String location) {
        return PostgresErrors.translate(e, what, location);
    }
}
