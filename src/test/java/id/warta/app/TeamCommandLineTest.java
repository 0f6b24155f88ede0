package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warta --team PROFILE} and the profile remembered under Settings → Team: a profile that
 * cannot be used is one line and exit 2 before any window; --db and --team together are refused.
 */
class TeamCommandLineTest {
    @TempDir
    Path home;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new Warta(new DataPaths(home), Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC), out,
                err, new Messages(Messages.INDONESIAN)).run(args);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingProfileIsOneLineAndExitTwo() {
        assertThat(run("--team", home.resolve("tidak-ada.team").toString())).isEqualTo(2);
        assertThat(err()).contains("Profil tim " + home.resolve("tidak-ada.team") + " tidak ada.");
    }

    @Test
    void aProfileWithAPasswordInItIsRefusedWithoutEchoingThePassword() throws Exception {
        Files.writeString(home.resolve("ca.pem"), "x");
        Path profile = home.resolve("bocor.team");
        Files.writeString(profile, "host=db\ndatabase=warta\nca.file=ca.pem\npassword=Rahasia-Bocor-1\n");
        assertThat(run("--team", profile.toString())).isEqualTo(2);
        assertThat(err()).contains("password").doesNotContain("Rahasia-Bocor-1");
    }

    @Test
    void dbAndTeamTogetherAreRefused() throws Exception {
        Files.writeString(home.resolve("ca.pem"), "x");
        assertThat(run("--db", home.resolve("a.db").toString(), "--team", home.resolve("a.team").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("--db FILE atau --team PROFIL");
        assertThat(home.resolve("a.db")).doesNotExist();
    }

    @Test
    void withoutDbTheProfileRememberedForStartIsOpened() throws Exception {
        Path remembered = home.resolve("kantor.team");
        Files.writeString(home.resolve("settings.properties"), TeamChoices.PROFILE_KEY + "="
                + remembered.toString().replace("\\", "\\\\") + "\n");
        // The remembered profile has gone missing since: the team path is taken, and says so.
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("Profil tim " + remembered + " tidak ada.");
    }
}
