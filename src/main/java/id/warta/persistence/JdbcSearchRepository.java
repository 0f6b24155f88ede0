package id.warta.persistence;

import id.warta.service.SearchHit;
import id.warta.service.SearchRepository;
import java.util.Collection;
import java.util.List;

/** Search through the FTS5 index {@code post_search} (migration V8, SQLite only). */
public final class JdbcSearchRepository implements SearchRepository {
    /** Title words weigh more than body words: a planner mostly remembers a post by its title. */
    private static final String QUERY = """
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
             LIMIT ?""";

    private final Jdbc jdbc;

    public JdbcSearchRepository(SqliteDatabase database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<SearchHit> search(String text, Collection<String> clientIds, int limit) {
        String match = Fts5Query.of(text);
        if (match.isEmpty() || clientIds.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> clients = List.copyOf(clientIds);
        String sql = QUERY.formatted(String.join(", ", java.util.Collections.nCopies(clients.size(), "?")));
        return jdbc.query(sql, st -> {
            int i = 1;
            st.setString(i++, match);
            for (String id : clients) {
                st.setString(i++, id);
            }
            st.setInt(i, limit);
        }, rs -> {
            String at = rs.getString(6);
            String channel = rs.getString(7);
            String zone = rs.getString(9);
            return new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    Codes.state(rs.getString(5)), at == null ? null : SqlTimes.parse(at),
                    channel == null ? null : Codes.channel(channel), rs.getString(8),
                    zone == null ? null : Codes.zone(zone), rs.getInt(10), excerpt(rs.getString(11)));
        });
    }

    /** The snippet on one line: bodies have paragraphs, a list row has room for a line. */
    private static String excerpt(String snippet) {
        return snippet == null ? "" : snippet.replaceAll("\\s+", " ").strip();
    }
}
