package id.warta.persistence;

import id.warta.domain.Client;
import id.warta.service.ClientRepository;
import id.warta.service.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public final class JdbcClientRepository implements ClientRepository {
    private static final String COLUMNS = "id, name, short_name, version";
    private final Jdbc jdbc;

    public JdbcClientRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Client save(Client c) {
        if (c.version() == 0) {
            jdbc.update("INSERT INTO client(id, name, short_name, version) VALUES (?, ?, ?, 1)", st -> {
                st.setString(1, c.id());
                st.setString(2, c.name());
                st.setString(3, c.shortName());
            });
            return new Client(c.id(), c.name(), c.shortName(), 1);
        }
        int rows = jdbc.update("UPDATE client SET name = ?, short_name = ?, version = version + 1 WHERE id = ? AND version = ?",
                st -> {
                    st.setString(1, c.name());
                    st.setString(2, c.shortName());
                    st.setString(3, c.id());
                    st.setLong(4, c.version());
                });
        if (rows == 0) {
            throw new StaleVersionException("client", c.id(), c.version());
        }
        return new Client(c.id(), c.name(), c.shortName(), c.version() + 1);
    }

    @Override
    public Optional<Client> findById(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM client WHERE id = ?", st -> st.setString(1, id), this::map);
    }

    @Override
    public Optional<Client> findByName(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM client WHERE lower(name) = lower(?) OR lower(short_name) = lower(?) "
                + "ORDER BY lower(name) = lower(?) DESC LIMIT 1", st -> {
                    st.setString(1, name.strip());
                    st.setString(2, name.strip());
                    st.setString(3, name.strip());
                }, this::map);
    }

    @Override
    public List<Client> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM client ORDER BY name", st -> { }, this::map);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT count(*) FROM client");
    }

    private Client map(ResultSet rs) throws SQLException {
        return new Client(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
    }
}
