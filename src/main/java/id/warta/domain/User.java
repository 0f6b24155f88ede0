package id.warta.domain;

import java.util.Objects;
import java.util.Set;

/** Someone who signs in to Warta, with one or more roles. */
public record User(String id, String username, String displayName, Set<Role> roles, boolean active, long version) {
    public User {
        Objects.requireNonNull(id, "id");
        Texts.requireNonBlank(username, "username");
        username = username.strip();
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
