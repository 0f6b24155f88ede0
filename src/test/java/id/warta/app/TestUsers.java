package id.warta.app;

import id.warta.domain.Client;
import id.warta.domain.Ids;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcUserRepository;
import java.util.Set;

/** Users for screen and view-model tests, stored directly so tests need no slow password hashing. */
public final class TestUsers {
    private TestUsers() {
    }

    /** A user with the given roles, assigned to every client in the database. */
    public static User ofAllClients(SqliteWorkspace ws, String username, String displayName, Set<Role> roles) {
        var users = new JdbcUserRepository(ws.database());
        var clients = new JdbcClientRepository(ws.database());
        return ws.transactor().write(() -> {
            User u = users.save(new User(Ids.newId(), username, displayName, roles, true, 0));
            for (Client c : clients.findAll()) {
                users.assign(u.id(), c.id());
            }
            return u;
        });
    }
}
