package id.warta.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a team password is kept: the keyring when remembered and available, else this session only. */
class TeamPasswordsTest {
    static final char[] SECRET = "rahasia-tim-2026".toCharArray();

    @TempDir
    Path dir;
    TeamProfile profile;
    String account;
    InMemoryKeyring keyring = new InMemoryKeyring();

    @BeforeEach
    void profile() throws Exception {
        Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        Path file = dir.resolve("kantor.team");
        Files.writeString(file, "host=db.kominfo.example.go.id\ndatabase=warta\nca.file=ca.pem\n");
        profile = TeamProfile.load(file);
        account = TeamPasswords.account(profile, "Sari");
    }

    TeamPasswords withKeyring() {
        return new TeamPasswords(() -> Optional.of(keyring), new SessionSecretStore());
    }

    @Test
    void aRememberedPasswordRoundTripsThroughTheKeyringIntoTheNextRun() {
        assertThat(withKeyring().keep(account, SECRET, true)).isTrue();
        assertThat(keyring.entries()).containsEntry("sari@db.kominfo.example.go.id:5432/warta", new String(SECRET));

        TeamPasswords nextRun = withKeyring();
        assertThat(nextRun.remembered(account)).hasValueSatisfying(p -> assertThat(p).isEqualTo(SECRET));
        nextRun.forget(account);
        assertThat(keyring.entries()).isEmpty();
        assertThat(withKeyring().remembered(account)).isEmpty();
    }

    @Test
    void withoutRememberThePasswordStaysInThisSessionOnly() {
        TeamPasswords passwords = withKeyring();
        assertThat(passwords.keep(account, SECRET, false)).isFalse();
        assertThat(passwords.remembered(account)).hasValueSatisfying(p -> assertThat(p).isEqualTo(SECRET));
        assertThat(keyring.entries()).isEmpty();
        assertThat(withKeyring().remembered(account)).isEmpty();
    }

    @Test
    void withoutAKeyringBackendRememberFallsBackToTheSession() {
        TeamPasswords passwords = new TeamPasswords(Optional::empty, new SessionSecretStore());
        assertThat(passwords.hasKeyring()).isFalse();
        assertThat(passwords.keep(account, SECRET, true)).isFalse();
        assertThat(passwords.remembered(account)).hasValueSatisfying(p -> assertThat(p).isEqualTo(SECRET));
    }

    @Test
    void aKeyringThatFailsOrCannotBeFoundNeverStopsTheSignIn() {
        TeamPasswords noBackend = new TeamPasswords(() -> {
            throw new IllegalStateException("No available keyring backend found");
        }, new SessionSecretStore());
        assertThat(noBackend.keep(account, SECRET, true)).isFalse();
        assertThat(noBackend.remembered(account)).isPresent();

        keyring.breakDown();
        TeamPasswords broken = withKeyring();
        assertThat(broken.remembered(account)).isEmpty();
        assertThat(broken.keep(account, SECRET, true)).isFalse();
        assertThat(broken.remembered(account)).isPresent();
        broken.forget(account);
        assertThat(broken.remembered(account)).isEmpty();
    }

    @Test
    void theKeyringIsLookedForOnceAndOnlyWhenNeeded() {
        int[] lookups = new int[1];
        TeamPasswords passwords = new TeamPasswords(() -> {
            lookups[0]++;
            return Optional.of(keyring);
        }, new SessionSecretStore());
        assertThat(lookups[0]).isZero();
        passwords.remembered(account);
        passwords.keep(account, SECRET, true);
        passwords.forget(account);
        assertThat(lookups[0]).isEqualTo(1);
    }
}
