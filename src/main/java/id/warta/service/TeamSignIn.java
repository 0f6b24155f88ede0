package id.warta.service;

import id.warta.domain.User;

/**
 * Team mode: the server has checked the password, so the Warta user is the one whose username
 * equals the PostgreSQL login (case ignored); Warta's own password hash is not consulted.
 */
public final class TeamSignIn {
    private final Transactor tx;
    private final UserRepository users;
    private final CurrentUser current;
    private final AuditLog audit;

    public TeamSignIn(Transactor tx, UserRepository users, CurrentUser current, AuditLog audit) {
        this.tx = tx;
        this.users = users;
        this.current = current;
        this.audit = audit;
    }

    /**
     * @param serverAddress for the message when no user matches
     * @throws TeamException {@code NO_APP_USER} or {@code APP_USER_INACTIVE}
     */
    public User enter(String login, String serverAddress) {
        User user = tx.read(() -> users.findByUsername(login.strip()))
                .orElseThrow(() -> new TeamException(TeamException.Reason.NO_APP_USER, login.strip(), serverAddress));
        if (!user.active()) {
            throw new TeamException(TeamException.Reason.APP_USER_INACTIVE, user.username());
        }
        current.signIn(user);
        tx.writeRun(() -> audit.record("auth.signIn", "app_user", user.id(), null, null));
        return user;
    }
}
