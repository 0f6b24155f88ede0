package id.warta.service;

import id.warta.domain.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface UserRepository {
    /** Inserts (version 0) or updates a user whose version still matches; roles are replaced. */
    User save(User user);

    Optional<User> findById(String id);

    /** Case-insensitive. */
    Optional<User> findByUsername(String username);

    List<User> findAll();

    long count();

    Optional<Credentials> credentials(String userId);

    void saveCredentials(String userId, Credentials credentials);

    Set<String> assignedClients(String userId);

    void assign(String userId, String clientId);

    void unassign(String userId, String clientId);
}
