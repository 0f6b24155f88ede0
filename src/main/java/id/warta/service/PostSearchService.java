package id.warta.service;

import id.warta.domain.Client;
import id.warta.domain.Role;
import id.warta.domain.User;
import java.util.List;
import java.util.Set;

/**
 * Finds posts by the words of their title or body, among the clients the signed-in user may open
 * (all of them for an administrator, else the assigned ones), as the editor's own rule is.
 */
public final class PostSearchService {
    /** More results than this are not a list anyone reads; the user types another word instead. */
    public static final int LIMIT = 50;

    private final Transactor tx;
    private final SearchRepository search;
    private final ClientRepository clients;
    private final UserRepository users;
    private final CurrentUser current;

    public PostSearchService(Transactor tx, SearchRepository search, ClientRepository clients, UserRepository users,
                             CurrentUser current) {
        this.tx = tx;
        this.search = search;
        this.clients = clients;
        this.users = users;
        this.current = current;
    }

    /** Nobody signed in, blank text or no visible client: nothing, rather than an error. */
    public List<SearchHit> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        User user = current.user().orElse(null);
        if (user == null) {
            return List.of();
        }
        return tx.read(() -> {
            User fresh = users.findById(user.id()).filter(User::active).orElse(null);
            if (fresh == null) {
                return List.<SearchHit>of();
            }
            Set<String> visible = fresh.hasRole(Role.ADMIN)
                    ? Set.copyOf(clients.findAll().stream().map(Client::id).toList())
                    : users.assignedClients(fresh.id());
            return visible.isEmpty() ? List.<SearchHit>of() : search.search(text.strip(), visible, LIMIT);
        });
    }
}
