package id.warta.persistence;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.service.AccountRepository;
import id.warta.service.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public final class JdbcAccountRepository implements AccountRepository {
    static final String COLUMNS = "id, client_id, channel, handle, display_name, zone, version";
    private final Jdbc jdbc;

    public JdbcAccountRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Account save(Account a) {
        if (a.version() == 0) {
            jdbc.update("INSERT INTO account(client_id, channel, handle, display_name, zone, id, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 1)", st -> bind(st, a));
            return new Account(a.id(), a.clientId(), a.channel(), a.handle(), a.displayName(), a.zone(), 1);
        }
        int rows = jdbc.update("UPDATE account SET client_id = ?, channel = ?, handle = ?, display_name = ?, zone = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?", st -> {
                    bind(st, a);
                    st.setLong(7, a.version());
                });
        if (rows == 0) {
            throw new StaleVersionException("account", a.id(), a.version());
        }
        return new Account(a.id(), a.clientId(), a.channel(), a.handle(), a.displayName(), a.zone(), a.version() + 1);
    }

    private static void bind(java.sql.PreparedStatement st, Account a) throws SQLException {
        st.setString(1, a.clientId());
        st.setString(2, a.channel().code());
        st.setString(3, a.handle());
        st.setString(4, a.displayName());
        st.setString(5, a.zone().zoneId().getId());
        st.setString(6, a.id());
    }

    @Override
    public Optional<Account> findById(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM account WHERE id = ?", st -> st.setString(1, id), JdbcAccountRepository::map);
    }

    @Override
    public List<Account> findByClient(String clientId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM account WHERE client_id = ? ORDER BY channel, handle",
                st -> st.setString(1, clientId), JdbcAccountRepository::map);
    }

    @Override
    public List<Account> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account ORDER BY channel, handle", st -> { }, JdbcAccountRepository::map);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT count(*) FROM account");
    }

    static Account map(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), Codes.channel(rs.getString(3)), rs.getString(4),
                rs.getString(5), Codes.zone(rs.getString(6)), rs.getLong(7));
    }
}
