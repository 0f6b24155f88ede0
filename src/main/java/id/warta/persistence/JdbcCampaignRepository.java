package id.warta.persistence;

import id.warta.domain.Campaign;
import id.warta.service.CampaignRepository;
import id.warta.service.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

public final class JdbcCampaignRepository implements CampaignRepository {
    private static final String COLUMNS = "id, client_id, name, start_date, end_date, version";
    private final Jdbc jdbc;

    public JdbcCampaignRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Campaign save(Campaign c) {
        Jdbc.Binder bind = st -> {
            st.setString(1, c.clientId());
            st.setString(2, c.name());
            st.setString(3, c.startDate() == null ? null : c.startDate().toString());
            st.setString(4, c.endDate() == null ? null : c.endDate().toString());
            st.setString(5, c.id());
        };
        if (c.version() == 0) {
            jdbc.update("INSERT INTO campaign(client_id, name, start_date, end_date, id, version) VALUES (?, ?, ?, ?, ?, 1)", bind);
            return new Campaign(c.id(), c.clientId(), c.name(), c.startDate(), c.endDate(), 1);
        }
        int rows = jdbc.update("UPDATE campaign SET client_id = ?, name = ?, start_date = ?, end_date = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?", st -> {
                    bind.bind(st);
                    st.setLong(6, c.version());
                });
        if (rows == 0) {
            throw new StaleVersionException("campaign", c.id(), c.version());
        }
        return new Campaign(c.id(), c.clientId(), c.name(), c.startDate(), c.endDate(), c.version() + 1);
    }

    @Override
    public List<Campaign> findByClient(String clientId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM campaign WHERE client_id = ? ORDER BY name",
                st -> st.setString(1, clientId), JdbcCampaignRepository::map);
    }

    @Override
    public List<Campaign> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM campaign ORDER BY name", st -> { }, JdbcCampaignRepository::map);
    }

    private static Campaign map(ResultSet rs) throws SQLException {
        String start = rs.getString(4);
        String end = rs.getString(5);
        return new Campaign(rs.getString(1), rs.getString(2), rs.getString(3),
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), rs.getLong(6));
    }
}
