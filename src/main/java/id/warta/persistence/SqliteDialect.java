package id.warta.persistence;

import id.warta.service.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/** Instants as fixed-width UTC text with milliseconds and {@code Z} ({@link SqlTimes}), so text order is time order. */
final class SqliteDialect implements Dialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setString(index, SqlTimes.format(value));
    }

    @Override
    public Instant getInstant(ResultSet row, int index) throws SQLException {
        return SqlTimes.parse(row.getString(index));
    }

    @Override
    public Map<String, String> placeholders() {
        // Changing these values does not change the scripts' checksums (Flyway sums the raw text),
        // but it would change what new databases get: keep them as they are.
        return Map.of("strict", "STRICT", "instant", "TEXT", "bool", "INTEGER", "bigint", "INTEGER");
    }

    @Override
    public String insertionOrder() {
        return "rowid";
    }

    @Override
    public String postSearchMatch(String typed) {
        return Fts5Query.of(typed);
    }

    /** Title words weigh more than body words: a planner mostly remembers a post by its title. */
    @Override
    public String postSearchSql(int clients) {
        return """
                SELECT p.id, p.title, p.client_id, c.name, p.state, t.scheduled_at, a.channel, a.handle, a.zone,
                       (SELECT count(*) FROM post_target n WHERE n.post_id = p.id),
                       snippet(post_search, 1, '', '', '\u2026', 12)
                  FROM post_search s
                  JOIN post p ON p.rowid = s.rowid
                  JOIN client c ON c.id = p.client_id
                  LEFT JOIN post_target t ON t.id = (SELECT f.id FROM post_target f WHERE f.post_id = p.id
                                                      ORDER BY f.scheduled_at, f.id LIMIT 1)
                  LEFT JOIN account a ON a.id = t.account_id
                 WHERE post_search MATCH ? AND p.client_id IN (%s)
                 ORDER BY bm25(post_search, 10.0, 1.0), p.updated_at DESC
                 LIMIT ?""".formatted(Dialect.marks(clients));
    }

    @Override
    public StorageException translate(SQLException e, String what, String location) {
        return SqliteErrors.translate(e, what, location);
    }
}
