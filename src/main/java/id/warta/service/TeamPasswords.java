package id.warta.service;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team passwords: "remember" keeps one in the OS keyring when this computer has one, else in memory
 * for this run only; without "remember" it is only in memory while the session lasts (reconnects
 * need it). Never in preferences, files or logs. A keyring that is missing or fails is never an
 * error for the user: sign-in goes on with the session store.
 */
public final class TeamPasswords {
    private static final Logger LOG = LoggerFactory.getLogger(TeamPasswords.class);

    private final Supplier<Optional<SecretStore>> keyringFactory;
    private final SecretStore session;
    private Optional<SecretStore> keyring;

    /**
     * @param keyringFactory finds the OS keyring; may be slow (D-Bus), so it is called at first use, off the FX
     *                       thread, and only once
     */
    public TeamPasswords(Supplier<Optional<SecretStore>> keyringFactory, SecretStore session) {
        this.keyringFactory = keyringFactory;
        this.session = session;
    }

    /** The keyring entry's name: the login on the server; no secret. */
    public static String account(TeamProfile profile, String login) {
        return login.strip().toLowerCase(java.util.Locale.ROOT) + "@" + profile.host() + ":" + profile.port() + "/"
                + profile.database();
    }

    /** The remembered password: this session's first, then the keyring's. */
    public synchronized Optional<char[]> remembered(String account) {
        Optional<char[]> inSession = session.read(account);
        if (inSession.isPresent()) {
            return inSession;
        }
        return keyring().flatMap(k -> {
            try {
                return k.read(account);
            } catch (RuntimeException e) {
                LOG.warn("Keyring not readable ({}); asking for the password", e.getClass().getSimpleName());
                return Optional.empty();
            }
        });
    }

    /**
     * Keeps the password for this session, and in the keyring when {@code remember} (where one exists).
     *
     * @return whether it was stored beyond this run
     */
    public synchronized boolean keep(String account, char[] password, boolean remember) {
        session.write(account, password);
        if (!remember) {
            return false;
        }
        return keyring().map(k -> {
            try {
                k.write(account, password);
                return k.persistent();
            } catch (RuntimeException e) {
                LOG.warn("Keyring refused the password ({}); kept for this session only", e.getClass().getSimpleName());
                return false;
            }
        }).orElse(false);
    }

    /** Forgets the password everywhere ("Lupakan kata sandi"). */
    public synchronized void forget(String account) {
        session.delete(account);
        keyring().ifPresent(k -> {
            try {
                k.delete(account);
            } catch (RuntimeException e) {
                LOG.warn("Keyring entry not deleted ({})", e.getClass().getSimpleName());
            }
        });
    }

    /** Whether this computer has a keyring Warta can use. */
    public synchronized boolean hasKeyring() {
        return keyring().isPresent();
    }

    private Optional<SecretStore> keyring() {
        if (keyring == null) {
            try {
                keyring = keyringFactory.get();
            } catch (RuntimeException | LinkageError e) {
                LOG.info("No OS keyring ({}); team passwords stay in memory for the session", e.getClass().getSimpleName());
                keyring = Optional.empty();
            }
        }
        return keyring;
    }
}
