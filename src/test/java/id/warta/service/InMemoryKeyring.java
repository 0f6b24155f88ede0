package id.warta.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A keyring backend for tests: what an OS keyring does, kept in a map that outlives a {@link TeamPasswords}. */
public final class InMemoryKeyring implements SecretStore {
    private final Map<String, String> entries = new HashMap<>();
    private boolean broken;

    /** From now on every call fails, as a keyring does when D-Bus goes away. */
    public void breakDown() {
        broken = true;
    }

    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }

    @Override
    public synchronized Optional<char[]> read(String account) {
        check();
        return Optional.ofNullable(entries.get(account)).map(String::toCharArray);
    }

    @Override
    public synchronized void write(String account, char[] secret) {
        check();
        entries.put(account, new String(secret));
    }

    @Override
    public synchronized void delete(String account) {
        check();
        entries.remove(account);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    private void check() {
        if (broken) {
            throw new SecretStoreException("keyring gone", null);
        }
    }
}
