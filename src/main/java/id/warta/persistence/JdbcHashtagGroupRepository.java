package id.warta.persistence;

import id.warta.domain.HashtagGroup;
import id.warta.service.HashtagGroupRepository;
import id.warta.service.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public final class JdbcHashtagGroupRepository implements HashtagGroupRepository {
    private static final String COLUMNS = "id, client_id, name, tags, version";
    private final Jdbc jdbc;

    public JdbcHashtagGroupRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<HashtagGroup> ofClient(String clientId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM hashtag_group WHERE client_id = ? ORDER BY lower(name), id",
                st -> st.setString(1, clientId), JdbcHashtagGroupRepository::map);
    }

    @Override
    public Optional<HashtagGroup> findById(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM hashtag_group WHERE id = ?", st -> st.setString(1, id),
                JdbcHashtagGroupRepository::map);
    }

    @Override
    public HashtagGroup save(HashtagGroup g) {
        Jdbc.Binder bind = st -> {
            st.setString(1, g.clientId());
            st.setString(2, g.name());
            st.setString(3, g.text());
            st.setString(4, g.id());
        };
        if (g.version() == 0) {
            jdbc.update("INSERT INTO hashtag_group(client_id, name, tags, id, version) VALUES (?, ?, ?, ?, 1)", bind);
            return new HashtagGroup(g.id(), g.clientId(), g.name(), g.tags(), 1);
        }
        int rows = jdbc.update("UPDATE hashtag_group SET client_id = ?, name = ?, tags = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", st -> {
                    bind.bind(st);
                    st.setLong(5, g.version());
                });
        if (rows == 0) {
            throw new StaleVersionException("hashtag_group", g.id(), g.version());
        }
        return new HashtagGroup(g.id(), g.clientId(), g.name(), g.tags(), g.version() + 1);
    }

    @Override
    public void delete(String id) {
        jdbc.update("DELETE FROM hashtag_group WHERE id = ?", st -> st.setString(1, id));
    }

    private static HashtagGroup map(ResultSet rs) throws SQLException {
        return new HashtagGroup(rs.getString(1), rs.getString(2), rs.getString(3),
                HashtagGroup.parseTags(rs.getString(4)), rs.getLong(5));
    }
}
