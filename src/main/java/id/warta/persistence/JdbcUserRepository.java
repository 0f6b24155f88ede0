package id.warta.persistence;

import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.service.Credentials;
import id.warta.service.StaleVersionException;
import id.warta.service.UserRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

public final class JdbcUserRepository implements UserRepository {
    private static final String COLUMNS = "id, username, display_name, active, version";
    private final Jdbc jdbc;

    public JdbcUserRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public User save(User u) {
        long version;
        if (u.version() == 0) {
            jdbc.update("INSERT INTO app_user(id, username, display_name, active, version) VALUES (?, ?, ?, ?, 1)", st -> {
                st.setString(1, u.id());
                st.setString(2, u.username());
                st.setString(3, u.displayName());
                st.setBoolean(4, u.active());
            });
            version = 1;
        } else {
            int rows = jdbc.update("UPDATE app_user SET username = ?, display_name = ?, active = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", st -> {
                        st.setString(1, u.username());
                        st.setString(2, u.displayName());
                        st.setBoolean(3, u.active());
                        st.setString(4, u.id());
                        st.setLong(5, u.version());
                    });
            if (rows == 0) {
                throw new StaleVersionException("app_user", u.id(), u.version());
            }
            version = u.version() + 1;
            jdbc.update("DELETE FROM user_role WHERE user_id = ?", st -> st.setString(1, u.id()));
        }
        for (Role role : u.roles()) {
            jdbc.update("INSERT INTO user_role(user_id, role) VALUES (?, ?)", st -> {
                st.setString(1, u.id());
                st.setString(2, role.name().toLowerCase(Locale.ROOT));
            });
        }
        return new User(u.id(), u.username(), u.displayName(), u.roles(), u.active(), version);
    }

    @Override
    public Optional<User> findById(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM app_user WHERE id = ?", st -> st.setString(1, id), this::map);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM app_user WHERE lower(username) = lower(?)",
                st -> st.setString(1, username), this::map);
    }

    @Override
    public List<User> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user ORDER BY lower(display_name)", st -> { }, this::map);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT count(*) FROM app_user");
    }

    private User map(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        String username = rs.getString(2);
        String displayName = rs.getString(3);
        boolean active = rs.getBoolean(4);
        long version = rs.getLong(5);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.query("SELECT role FROM user_role WHERE user_id = ?", st -> st.setString(1, id),
                r -> roles.add(Role.valueOf(r.getString(1).toUpperCase(Locale.ROOT))));
        return new User(id, username, displayName, roles, active, version);
    }

    @Override
    public Optional<Credentials> credentials(String userId) {
        return jdbc.queryOne("SELECT password_hash, failed_attempts, next_attempt_at, locked_until FROM app_user WHERE id = ?",
                st -> st.setString(1, userId), rs -> new Credentials(rs.getString(1), rs.getInt(2),
                        jdbc.instant(rs, 3), jdbc.instant(rs, 4)));
    }

    @Override
    public void saveCredentials(String userId, Credentials c) {
        jdbc.update("UPDATE app_user SET password_hash = ?, failed_attempts = ?, next_attempt_at = ?, locked_until = ? "
                + "WHERE id = ?", st -> {
                    st.setString(1, c.passwordHash());
                    st.setInt(2, c.failedAttempts());
                    jdbc.setInstant(st, 3, c.nextAttemptAt());
                    jdbc.setInstant(st, 4, c.lockedUntil());
                    st.setString(5, userId);
                });
    }

    @Override
    public Set<String> assignedClients(String userId) {
        return new HashSet<>(jdbc.query("SELECT client_id FROM client_assignment WHERE user_id = ?",
                st -> st.setString(1, userId), rs -> rs.getString(1)));
    }

    @Override
    public void assign(String userId, String clientId) {
        jdbc.update("INSERT INTO client_assignment(user_id, client_id) VALUES (?, ?) ON CONFLICT DO NOTHING", st -> {
            st.setString(1, userId);
            st.setString(2, clientId);
        });
    }

    @Override
    public void unassign(String userId, String clientId) {
        jdbc.update("DELETE FROM client_assignment WHERE user_id = ? AND client_id = ?", st -> {
            st.setString(1, userId);
            st.setString(2, clientId);
        });
    }
}
