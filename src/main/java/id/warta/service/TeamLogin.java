package id.warta.service;

import java.util.Arrays;
import java.util.Objects;

/** A PostgreSQL login typed by a person; the password is never printed, logged or stored. */
public final class TeamLogin {
    private final String user;
    private final char[] password;

    public TeamLogin(String user, char[] password) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = password.clone();
    }

    public String user() {
        return user;
    }

    public char[] password() {
        return password.clone();
    }

    /** Overwrites the password in memory once it is no longer needed. */
    public void forget() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "TeamLogin[" + user + ", password hidden]";
    }
}
