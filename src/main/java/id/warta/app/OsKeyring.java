package id.warta.app;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import id.warta.service.SecretStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's keyring through java-keyring (Windows Credential Manager, macOS Keychain,
 * Secret Service or KWallet). A computer without one (headless Linux, no D-Bus session) is normal:
 * {@link #find()} then says so and Warta keeps team passwords for the session only.
 */
final class OsKeyring implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(OsKeyring.class);
    static final String SERVICE = "Warta team";

    private final Keyring keyring;

    private OsKeyring(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keyring, or empty when this computer has none Warta can use; never throws. */
    static Optional<SecretStore> find() {
        try {
            return Optional.of(new OsKeyring(Keyring.create()));
        } catch (BackendNotSupportedException e) {
            LOG.info("No OS keyring: {}", e.getMessage());
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            // A backend that loads but breaks (D-Bus gone, native library missing) must not stop the app.
            LOG.warn("OS keyring unusable ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public Optional<char[]> read(String account) {
        try {
            String secret = keyring.getPassword(SERVICE, account);
            return secret == null ? Optional.empty() : Optional.of(secret.toCharArray());
        } catch (PasswordAccessException e) {
            // Also what an absent entry looks like on several backends.
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            throw new SecretStoreException("Keyring read failed: " + e.getClass().getSimpleName(), null);
        }
    }

    @Override
    public void write(String account, char[] secret) {
        try {
            keyring.setPassword(SERVICE, account, new String(secret));
        } catch (PasswordAccessException | RuntimeException | LinkageError e) {
            throw new SecretStoreException("Keyring write failed: " + e.getClass().getSimpleName(), null);
        }
    }

    @Override
    public void delete(String account) {
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException e) {
            LOG.debug("No keyring entry to delete");
        } catch (RuntimeException | LinkageError e) {
            throw new SecretStoreException("Keyring delete failed: " + e.getClass().getSimpleName(), null);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }
}
