package id.warta.persistence;

import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.service.BlackoutRepository;
import id.warta.service.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class JdbcBlackoutRepository implements BlackoutRepository {
    private static final String COLUMNS = "id, name, reason, starts_at, ends_at, scope, client_id, mode, version";
    private final Jdbc jdbc;

    public JdbcBlackoutRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Blackout save(Blackout b) {
        long version;
        if (b.version() == 0) {
            jdbc.update("INSERT INTO blackout(name, reason, starts_at, ends_at, scope, client_id, mode, id, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", st -> bind(st, b));
            version = 1;
        } else {
            int rows = jdbc.update("UPDATE blackout SET name = ?, reason = ?, starts_at = ?, ends_at = ?, scope = ?, "
                    + "client_id = ?, mode = ?, version = version + 1 WHERE id = ? AND version = ?", st -> {
                        bind(st, b);
                        st.setLong(9, b.version());
                    });
            if (rows == 0) {
                throw new StaleVersionException("blackout", b.id(), b.version());
            }
            version = b.version() + 1;
            jdbc.update("DELETE FROM blackout_account WHERE blackout_id = ?", st -> st.setString(1, b.id()));
        }
        for (String accountId : b.accountIds()) {
            jdbc.update("INSERT INTO blackout_account(blackout_id, account_id) VALUES (?, ?)", st -> {
                st.setString(1, b.id());
                st.setString(2, accountId);
            });
        }
        return b.withVersion(version);
    }

    private void bind(java.sql.PreparedStatement st, Blackout b) throws SQLException {
        st.setString(1, b.name());
        st.setString(2, b.reason());
        jdbc.setInstant(st, 3, b.start());
        jdbc.setInstant(st, 4, b.end());
        st.setString(5, b.scope().name().toLowerCase(Locale.ROOT));
        st.setString(6, b.clientId());
        st.setString(7, b.mode().name().toLowerCase(Locale.ROOT));
        st.setString(8, b.id());
    }

    @Override
    public Optional<Blackout> findById(String id) {
        return withAccounts(jdbc.query("SELECT " + COLUMNS + " FROM blackout WHERE id = ?",
                st -> st.setString(1, id), this::row)).stream().findFirst();
    }

    @Override
    public List<Blackout> findAll() {
        return withAccounts(jdbc.query("SELECT " + COLUMNS + " FROM blackout ORDER BY starts_at, name", st -> { },
                this::row));
    }

    @Override
    public List<Blackout> overlapping(Instant from, Instant to) {
        return withAccounts(jdbc.query("SELECT " + COLUMNS + " FROM blackout WHERE starts_at < ? AND ends_at > ? "
                + "ORDER BY starts_at, name", st -> {
                    jdbc.setInstant(st, 1, to);
                    jdbc.setInstant(st, 2, from);
                }, this::row));
    }

    @Override
    public boolean delete(String id) {
        // Accounts first: the connection may not enforce ON DELETE CASCADE.
        jdbc.update("DELETE FROM blackout_account WHERE blackout_id = ?", st -> st.setString(1, id));
        return jdbc.update("DELETE FROM blackout WHERE id = ?", st -> st.setString(1, id)) > 0;
    }

    /** A row before its accounts are read. */
    private record Row(String id, String name, String reason, Instant start, Instant end, BlackoutScope scope,
                       String clientId, BlackoutMode mode, long version) {
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), jdbc.instant(rs, 4),
                jdbc.instant(rs, 5), BlackoutScope.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)),
                rs.getString(7), BlackoutMode.valueOf(rs.getString(8).toUpperCase(Locale.ROOT)), rs.getLong(9));
    }

    private List<Blackout> withAccounts(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> accounts = new HashMap<>();
        boolean any = rows.stream().anyMatch(r -> r.scope() == BlackoutScope.ACCOUNTS);
        if (any) {
            jdbc.query("SELECT blackout_id, account_id FROM blackout_account", st -> { }, rs -> {
                accounts.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                return null;
            });
        }
        List<Blackout> result = new ArrayList<>();
        for (Row r : rows) {
            Set<String> ids = accounts.getOrDefault(r.id(), Set.of());
            if (r.scope() == BlackoutScope.ACCOUNTS && ids.isEmpty()) {
                continue; // every account it named was deleted: it covers nothing
            }
            result.add(new Blackout(r.id(), r.name(), r.reason(), r.start(), r.end(), r.scope(), r.clientId(), ids,
                    r.mode(), r.version()));
        }
        return result;
    }
}
