package id.warta.persistence;

import id.warta.service.SearchHit;
import id.warta.service.SearchRepository;
import java.util.Collection;
import java.util.List;

/**
 * Search through the database's own full-text index: FTS5's {@code post_search} on SQLite
 * (sqlite/V8), the generated tsvector on PostgreSQL (postgresql/V8). The dialect builds the query
 * from the typed words only, so no input is query syntax.
 */
public final class JdbcSearchRepository implements SearchRepository {
    private final Jdbc jdbc;

    public JdbcSearchRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<SearchHit> search(String text, Collection<String> clientIds, int limit) {
        Dialect dialect = jdbc.dialect();
        String match = dialect.postSearchMatch(text);
        if (match.isEmpty() || clientIds.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> clients = List.copyOf(clientIds);
        return jdbc.query(dialect.postSearchSql(clients.size()), st -> {
            int i = 1;
            st.setString(i++, match);
            for (String id : clients) {
                st.setString(i++, id);
            }
            st.setInt(i, limit);
        }, rs -> {
            String channel = rs.getString(7);
            String zone = rs.getString(9);
            return new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    Codes.state(rs.getString(5)), jdbc.instant(rs, 6),
                    channel == null ? null : Codes.channel(channel), rs.getString(8),
                    zone == null ? null : Codes.zone(zone), rs.getInt(10), excerpt(rs.getString(11)));
        });
    }

    /** The snippet on one line: bodies have paragraphs, a list row has room for a line. */
    private static String excerpt(String snippet) {
        return snippet == null ? "" : snippet.replaceAll("\\s+", " ").strip();
    }
}
