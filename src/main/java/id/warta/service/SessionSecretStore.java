package id.warta.service;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets kept in memory until this run ends; the fallback when the computer has no keyring. */
public final class SessionSecretStore implements SecretStore {
    private final Map<String, char[]> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<char[]> read(String account) {
        char[] secret = secrets.get(account);
        return secret == null ? Optional.empty() : Optional.of(secret.clone());
    }

    @Override
    public void write(String account, char[] secret) {
        char[] old = secrets.put(account, secret.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    @Override
    public void delete(String account) {
        char[] old = secrets.remove(account);
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    @Override
    public boolean persistent() {
        return false;
    }
}
