package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.warta.service.SecretStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real OS keyring: on a computer without one (headless Linux, CI) looking for it answers
 * "none" instead of throwing; where one exists, an entry round-trips and is deleted again.
 */
class OsKeyringTest {
    @Test
    void lookingForTheKeyringNeverThrowsAndAFoundOneRoundTrips() {
        assertThatCode(OsKeyring::find).doesNotThrowAnyException();
        Optional<SecretStore> keyring = OsKeyring.find();
        // Run with -Dwarta.expectKeyring=true inside a desktop (or dbus-run-session + gnome-keyring) to insist on one.
        if (Boolean.getBoolean("warta.expectKeyring")) {
            assertThat(keyring).as("an OS keyring backend").isPresent();
        }
        if (keyring.isEmpty()) {
            return;
        }
        String account = "warta-test@localhost:5432/" + System.nanoTime();
        try {
            keyring.get().write(account, "uji-keyring".toCharArray());
            assertThat(keyring.get().read(account)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("uji-keyring"));
            keyring.get().delete(account);
            assertThat(keyring.get().read(account)).isEmpty();
        } catch (SecretStore.SecretStoreException e) {
            // A keyring that exists but is locked refuses; TeamPasswords then keeps the password for the session.
            assertThat(Boolean.getBoolean("warta.expectKeyring")).as("keyring refused: " + e.getMessage()).isFalse();
        } finally {
            try {
                keyring.get().delete(account);
            } catch (SecretStore.SecretStoreException e) {
                // nothing was stored
            }
        }
    }
}
