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
        if (keyring.isEmpty()) {
            return;
        }
        String account = "warta-test@localhost:5432/" + System.nanoTime();
        try {
            keyring.get().write(account, "uji-keyring".toCharArray());
            assertThat(keyring.get().read(account)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("uji-keyring"));
        } catch (SecretStore.SecretStoreException e) {
            // A keyring that exists but is locked refuses; TeamPasswords then keeps the password for the session.
            return;
        } finally {
            try {
                keyring.get().delete(account);
            } catch (SecretStore.SecretStoreException e) {
                // nothing was stored
            }
        }
    }
}
