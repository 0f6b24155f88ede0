package id.warta.service;

import id.warta.domain.Ids;
import id.warta.domain.Role;
import id.warta.domain.User;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Sign-in, the first administrator, and account administration; roles are enforced here. */
public final class AuthService {
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final Transactor tx;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final CurrentUser current;
    private final AuditLog audit;
    private final Clock clock;

    public AuthService(Transactor tx, UserRepository users, PasswordHasher hasher, CurrentUser current, AuditLog audit,
                       Clock clock) {
        this.tx = tx;
        this.users = users;
        this.hasher = hasher;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean needsFirstAdmin() {
        return tx.read(users::count) == 0;
    }

    public CurrentUser current() {
        return current;
    }

    /** Creates the first administrator; refused once any user exists. The new admin is signed in. */
    public User createFirstAdmin(String username, String displayName, char[] password) {
        try {
            checkPassword(username, password);
            String hash = hasher.hash(password);
            User admin = tx.write(() -> {
                if (users.count() > 0) {
                    throw new AuthException(AuthException.Reason.ALREADY_SET_UP);
                }
                User saved = users.save(new User(Ids.newId(), username, displayName,
                        EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.STAFF), true, 0));
                users.saveCredentials(saved.id(), Credentials.fresh(hash));
                audit.record("user.create", "app_user", saved.id(), null, saved);
                return saved;
            });
            current.signIn(admin);
            return admin;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    /**
     * Signs in; failures slow down and then lock the account ({@link SignInPolicy}). An unknown
     * name and a wrong password get the same answer.
     */
    public User signIn(String username, char[] password) {
        try {
            Instant now = clock.instant();
            var found = tx.read(() -> users.findByUsername(username == null ? "" : username.strip()));
            if (found.isEmpty()) {
                hasher.verify(password, null);
                throw new AuthException(AuthException.Reason.WRONG_CREDENTIALS);
            }
            User user = found.get();
            Credentials c = tx.read(() -> users.credentials(user.id())).orElse(Credentials.fresh(""));
            if (c.lockedUntil() != null && now.isBefore(c.lockedUntil())) {
                throw new AuthException(AuthException.Reason.LOCKED, minutesUntil(now, c.lockedUntil()));
            }
            if (c.nextAttemptAt() != null && now.isBefore(c.nextAttemptAt())) {
                throw new AuthException(AuthException.Reason.TOO_SOON,
                        Long.toString(Math.max(1, java.time.Duration.between(now, c.nextAttemptAt()).toSeconds())));
            }
            if (!hasher.verify(password, c.passwordHash())) {
                Credentials after = SignInPolicy.afterFailure(c, now);
                tx.writeRun(() -> {
                    users.saveCredentials(user.id(), after);
                    audit.record(after.lockedUntil() != null ? "auth.locked" : "auth.failed", "app_user", user.id(), null,
                            null);
                });
                throw after.lockedUntil() != null
                        ? new AuthException(AuthException.Reason.LOCKED, minutesUntil(now, after.lockedUntil()))
                        : new AuthException(AuthException.Reason.WRONG_CREDENTIALS);
            }
            if (!user.active()) {
                throw new AuthException(AuthException.Reason.INACTIVE);
            }
            current.signIn(user);
            tx.writeRun(() -> {
                users.saveCredentials(user.id(), SignInPolicy.afterSuccess(c));
                audit.record("auth.signIn", "app_user", user.id(), null, null);
            });
            return user;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    public void signOut() {
        try {
            current.user().ifPresent(u -> audit.record("auth.signOut", "app_user", u.id(), null, null));
        } catch (ReadOnlyException e) {
            // A read-only session cannot record the sign-out; the person still leaves.
        } finally {
            current.signOut();
        }
    }

    public void changeOwnPassword(char[] oldPassword, char[] newPassword) {
        User me = requireSignedIn();
        try {
            Credentials c = tx.read(() -> users.credentials(me.id())).orElseThrow();
            if (!hasher.verify(oldPassword, c.passwordHash())) {
                throw new AuthException(AuthException.Reason.WRONG_CREDENTIALS);
            }
            checkPassword(me.username(), newPassword);
            String hash = hasher.hash(newPassword);
            tx.writeRun(() -> {
                users.saveCredentials(me.id(), Credentials.fresh(hash));
                audit.record("user.passwordChange", "app_user", me.id(), null, null);
            });
        } finally {
            PasswordHasher.wipe(oldPassword);
            PasswordHasher.wipe(newPassword);
        }
    }

    /** An administrator sets a new password; this also lifts a lock. */
    public void resetPassword(String userId, char[] newPassword) {
        requireAdmin();
        try {
            User target = tx.read(() -> users.findById(userId)).orElseThrow(() -> new IllegalArgumentException(userId));
            checkPassword(target.username(), newPassword);
            String hash = hasher.hash(newPassword);
            tx.writeRun(() -> {
                users.saveCredentials(userId, Credentials.fresh(hash));
                audit.record("user.passwordReset", "app_user", userId, null, null);
            });
        } finally {
            PasswordHasher.wipe(newPassword);
        }
    }

    public User createUser(String username, String displayName, Set<Role> roles, char[] password) {
        requireAdmin();
        try {
            checkPassword(username, password);
            String hash = hasher.hash(password);
            return tx.write(() -> {
                if (users.findByUsername(username.strip()).isPresent()) {
                    throw new AuthException(AuthException.Reason.USERNAME_TAKEN, username.strip());
                }
                User saved = users.save(new User(Ids.newId(), username, displayName, roles, true, 0));
                users.saveCredentials(saved.id(), Credentials.fresh(hash));
                audit.record("user.create", "app_user", saved.id(), null, saved);
                return saved;
            });
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    public User setRoles(String userId, Set<Role> roles) {
        requireAdmin();
        return tx.write(() -> {
            User before = users.findById(userId).orElseThrow(() -> new AuthException(AuthException.Reason.NO_SUCH_USER));
            User after = new User(before.id(), before.username(), before.displayName(), roles, before.active(),
                    before.version());
            keepAnAdmin(before, after);
            after = users.save(after);
            audit.record("user.roles", "app_user", userId, before, after);
            refreshSession(after);
            return after;
        });
    }

    public User setActive(String userId, boolean active) {
        requireAdmin();
        return tx.write(() -> {
            User before = users.findById(userId).orElseThrow(() -> new AuthException(AuthException.Reason.NO_SUCH_USER));
            User after = new User(before.id(), before.username(), before.displayName(), before.roles(), active,
                    before.version());
            keepAnAdmin(before, after);
            after = users.save(after);
            audit.record(active ? "user.activate" : "user.deactivate", "app_user", userId, before, after);
            refreshSession(after);
            return after;
        });
    }

    public void assign(String userId, String clientId) {
        requireAdmin();
        tx.writeRun(() -> {
            users.assign(userId, clientId);
            audit.record("user.assign", "app_user", userId, null, "{\"client\":\"" + clientId + "\"}");
        });
    }

    public void unassign(String userId, String clientId) {
        requireAdmin();
        tx.writeRun(() -> {
            users.unassign(userId, clientId);
            audit.record("user.unassign", "app_user", userId, "{\"client\":\"" + clientId + "\"}", null);
        });
    }

    public java.util.List<User> users() {
        return tx.read(users::findAll);
    }

    /** The clients a user is assigned to; an administrator's view of any user. */
    public Set<String> assignedClients(String userId) {
        requireAdmin();
        return tx.read(() -> users.assignedClients(userId));
    }

    /** An administrator who changes their own roles acts with the new ones at once, not after signing in again. */
    private void refreshSession(User changed) {
        current.user().filter(u -> u.id().equals(changed.id())).ifPresent(u -> current.signIn(changed));
    }

    /** Refuses a change that would leave the office without an active administrator, who alone manages users. */
    private void keepAnAdmin(User before, User after) {
        boolean wasAdmin = before.active() && before.hasRole(Role.ADMIN);
        boolean staysAdmin = after.active() && after.hasRole(Role.ADMIN);
        if (wasAdmin && !staysAdmin && users.findAll().stream()
                .noneMatch(u -> !u.id().equals(before.id()) && u.active() && u.hasRole(Role.ADMIN))) {
            throw new AuthException(AuthException.Reason.LAST_ADMIN);
        }
    }

    User requireSignedIn() {
        return current.user().orElseThrow(() -> new AuthException(AuthException.Reason.NOT_SIGNED_IN));
    }

    private void requireAdmin() {
        if (!requireSignedIn().hasRole(Role.ADMIN)) {
            throw new AuthException(AuthException.Reason.NOT_PERMITTED);
        }
    }

    private static void checkPassword(String username, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH
                || new String(password).equalsIgnoreCase(username == null ? "" : username.strip())) {
            throw new AuthException(AuthException.Reason.WEAK_PASSWORD, Integer.toString(MIN_PASSWORD_LENGTH));
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
    }

    private static String minutesUntil(Instant now, Instant until) {
        return Long.toString(Math.max(1, (java.time.Duration.between(now, until).toSeconds() + 59) / 60));
    }

}
