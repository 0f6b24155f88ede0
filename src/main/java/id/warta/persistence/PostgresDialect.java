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
     * like FTS5's bm25 weighting of titles. The excerpt is cut only for the rows returned, and marked
     * with an ellipsis where words of the body precede or follow it, as FTS5's snippet is (ts_headline
     * drops the punctuation after the last word: it is put back). The excerpt looks for any of the
     * words, as a title-only word is not in the body.
     */
    @Override
    public String postSearchSql(int clients) {
        return """
                SELECT id, title, client_id, client_name, state, scheduled_at, channel, handle, zone, publications,
                       CASE WHEN at = 0 THEN '\u2026' || excerpt || '\u2026'
                            ELSE CASE WHEN left(body, at - 1) ~ '[[:alnum:]]' THEN '\u2026' ELSE left(body, at - 1) END
                                 || excerpt
                                 || CASE WHEN substr(body, at + length(excerpt)) ~ '[[:alnum:]]' THEN '\u2026'
                                         ELSE substr(body, at + length(excerpt)) END
                       END
                  FROM (SELECT cut.*, position(cut.excerpt IN cut.body) AS at
                          FROM (SELECT hit.*, ts_headline('simple', hit.body, hit.any_word, 'MaxFragments=1, MaxWords=12, '
                                       || 'MinWords=5, StartSel="", StopSel="", FragmentDelimiter=" "') AS excerpt
                                  FROM (SELECT p.id, p.title, p.client_id, c.name AS client_name, p.state,
                                               t.scheduled_at, a.channel, a.handle, a.zone,
                                               (SELECT count(*) FROM post_target n WHERE n.post_id = p.id) AS publications,
                                               p.body, replace(q.query::text, ' & ', ' | ')::tsquery AS any_word,
                                               to_tsvector('simple', p.title) @@ q.query AS in_title,
                                               ts_rank(p.search_vector, q.query) AS rank, p.updated_at
                                          FROM (SELECT to_tsquery('simple', ?) AS query) q
                                          JOIN post p ON p.search_vector @@ q.query
                                          JOIN client c ON c.id = p.client_id
                                          LEFT JOIN post_target t ON t.id = (SELECT f.id FROM post_target f
                                                                              WHERE f.post_id = p.id
                                                                              ORDER BY f.scheduled_at, f.id LIMIT 1)
                                          LEFT JOIN account a ON a.id = t.account_id
                                         WHERE p.client_id IN (%s)
                                         ORDER BY in_title DESC, rank DESC, p.updated_at DESC, p.id
                                         LIMIT ?) hit) cut) placed
                 ORDER BY in_title DESC, rank DESC, updated_at DESC, id""".formatted(Dialect.marks(clients));
    }

    @Override
    public StorageException translate(SQLException e, String what, String location) {
        return PostgresErrors.translate(e, what, location);
    }
}
