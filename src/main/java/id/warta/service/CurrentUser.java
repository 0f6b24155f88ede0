package id.warta.service;

import java.util.function.Supplier;

/**
 * Who is acting, as written into the audit trail. Until someone signs in it names the operating
 * system account, marked {@code local:}, so entries made before sign-in are still attributable.
 */
public final class CurrentUser implements Supplier<String> {
    private final String localAccount;
    private volatile String signedIn;

    public CurrentUser(String localAccount) {
        this.localAccount = localAccount == null || localAccount.isBlank() ? "unknown" : localAccount;
    }

    public void signIn(String username) {
        signedIn = username;
    }

    public void signOut() {
        signedIn = null;
    }

    @Override
    public String get() {
        String user = signedIn;
        return user != null ? user : "local:" + localAccount;
    }
}
