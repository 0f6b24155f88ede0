package id.warta.service;

import id.warta.domain.User;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting: the signed-in user, and the name written into the audit trail. Before anyone
 * signs in it names the operating-system account, marked {@code local:}, so such entries are still
 * attributable.
 */
public final class CurrentUser implements Supplier<String> {
    private final String localAccount;
    private volatile User signedIn;

    public CurrentUser(String localAccount) {
        this.localAccount = localAccount == null || localAccount.isBlank() ? "unknown" : localAccount;
    }

    public void signIn(User user) {
        signedIn = user;
    }

    public void signOut() {
        signedIn = null;
    }

    public Optional<User> user() {
        return Optional.ofNullable(signedIn);
    }

    @Override
    public String get() {
        User user = signedIn;
        return user != null ? user.username() : "local:" + localAccount;
    }
}
