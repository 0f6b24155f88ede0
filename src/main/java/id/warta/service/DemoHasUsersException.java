package id.warta.service;

import java.util.List;

/**
 * The demo is refused on a database that already has users: its people share a published password,
 * and must never become accounts on an office's real data.
 */
public final class DemoHasUsersException extends RuntimeException implements UserFacingException {
    private final long users;

    public DemoHasUsersException(long users) {
        super("Database already has " + users + " users");
        this.users = users;
    }

    @Override
    public String messageKey() {
        return "firstStart.demo.hasUsers";
    }

    @Override
    public List<String> arguments() {
        return List.of(Long.toString(users));
    }
}
