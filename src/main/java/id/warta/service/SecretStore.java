package id.warta.service;

import java.util.Optional;

/**
 * Where a remembered password lives: the operating system's keyring, or memory for this session.
 * Implementations throw {@link SecretStoreException} when the store cannot be used; callers fall
 * back to the session rather than fail.
 */
public interface SecretStore {
    Optional<char[]> read(String account);

    void write(String account, char[] secret);

    void delete(String account);

    /** Whether what is written survives the end of this run (the OS keyring) or not (memory). */
    boolean persistent();

    /** The store is missing or refused the operation (no keyring backend, a locked keyring, D-Bus gone). */
    final class SecretStoreException extends RuntimeException {
        public SecretStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
