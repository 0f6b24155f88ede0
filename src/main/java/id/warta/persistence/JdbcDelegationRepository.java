package id.warta.persistence;

import id.warta.domain.Delegation;
import id.warta.service.DelegationRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

public final class JdbcDelegationRepository implements DelegationRepository {
    private static final String COLUMNS = "id, from_user_id, to_user_id, client_id, starts_on, ends_on, revoked";
    private final Jdbc jdbc;

    public JdbcDelegationRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void save(Delegation d) {
        jdbc.update("INSERT INTO delegation(" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", st -> {
            st.setString(1, d.id());
            st.setString(2, d.fromUserId());
            st.setString(3, d.toUserId());
            st.setString(4, d.clientId());
            st.setString(5, d.startsOn().toString());
            st.setString(6, d.endsOn().toString());
            st.setBoolean(7, d.revoked());
        });
    }

    @Override
    public void revoke(String delegationId) {
        jdbc.update("UPDATE delegation SET revoked = TRUE WHERE id = ?", st -> st.setString(1, delegationId));
    }

    @Override
    public List<Delegation> toUser(String userId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM delegation WHERE to_user_id = ? ORDER BY starts_on",
                st -> st.setString(1, userId), JdbcDelegationRepository::map);
    }

    @Override
    public List<Delegation> fromUser(String userId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM delegation WHERE from_user_id = ? ORDER BY starts_on",
                st -> st.setString(1, userId), JdbcDelegationRepository::map);
    }

    @Override
    public List<Delegation> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM delegation ORDER BY starts_on DESC, id", st -> { },
                JdbcDelegationRepository::map);
    }

    @Override
    public java.util.Optional<Delegation> findById(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM delegation WHERE id = ?", st -> st.setString(1, id),
                JdbcDelegationRepository::map);
    }

    private static Delegation map(ResultSet rs) throws SQLException {
        return new Delegation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6)), rs.getBoolean(7));
    }
}
