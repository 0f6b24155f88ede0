package id.warta.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.Messages;
import id.warta.service.TeamProfile;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Team: choosing a profile, opening it at start, back to single-user, forgetting the password. */
class TeamSettingsViewModelTest {
    @TempDir
    Path dir;
    Path profileFile;
    final Messages messages = new Messages(Locale.ENGLISH);
    final List<String> calls = new ArrayList<>();
    Optional<Path> atStart = Optional.empty();

    final TeamSettingsViewModel.Choices choices = new TeamSettingsViewModel.Choices() {
        @Override
        public Optional<Path> openAtStart() {
            return atStart;
        }

        @Override
        public void openAtStart(Path profile) {
            atStart = Optional.of(profile);
            calls.add("open " + profile.getFileName());
        }

        @Override
        public void singleUser() {
            atStart = Optional.empty();
            calls.add("single");
        }

        @Override
        public void forgetPassword(TeamProfile profile) {
            calls.add("forget " + profile.host());
        }
    };

    @BeforeEach
    void profile() throws Exception {
        Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        profileFile = dir.resolve("kominfo.team");
        Files.writeString(profileFile, "host=db.kominfo.example.go.id\nport=6432\ndatabase=warta\nschema=humas\n"
                + "ca.file=ca.pem\n");
    }

    TeamSettingsViewModel model(Optional<TeamProfile> current) {
        return new TeamSettingsViewModel(choices, current, new SameThreadTasks(), messages);
    }

    @Test
    void aChosenProfileShowsWhereItPointsAndCanBeOpenedAtStart() {
        TeamSettingsViewModel model = model(Optional.empty());
        model.load();
        assertThat(model.profileLoadedProperty().get()).isFalse();
        model.choose(profileFile);
        assertThat(model.hostProperty().get()).isEqualTo("db.kominfo.example.go.id:6432");
        assertThat(model.databaseProperty().get()).isEqualTo("warta");
        assertThat(model.schemaProperty().get()).isEqualTo("humas");
        assertThat(model.openAtStartProperty().get()).isFalse();
        assertThat(calls).isEmpty();

        model.openAtStartProperty().set(true);
        assertThat(calls).containsExactly("open kominfo.team");
        assertThat(model.messageProperty().get()).startsWith("Warta will open db.kominfo.example.go.id:6432/warta");

        model.backToSingleUser();
        assertThat(calls).containsExactly("open kominfo.team", "single");
        assertThat(model.openAtStartProperty().get()).isFalse();
        assertThat(atStart).isEmpty();
    }

    @Test
    void theRememberedProfileIsShownAtTheNextStartAndItsPasswordCanBeForgotten() {
        atStart = Optional.of(profileFile);
        TeamSettingsViewModel model = model(Optional.empty());
        model.load();
        assertThat(model.profilePathProperty().get()).isEqualTo(profileFile.toAbsolutePath().toString());
        assertThat(model.openAtStartProperty().get()).isTrue();
        model.forgetPassword();
        assertThat(calls).containsExactly("forget db.kominfo.example.go.id");
        assertThat(model.messageProperty().get()).contains("removed");
    }

    @Test
    void aProfileHoldingAPasswordIsRefusedWithTheReason() throws Exception {
        Path leaky = dir.resolve("leaky.team");
        Files.writeString(leaky, "host=db\ndatabase=warta\nca.file=ca.pem\npassword=rahasia\n");
        TeamSettingsViewModel model = model(Optional.empty());
        model.choose(leaky);
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("must not hold a login or password").doesNotContain("rahasia");
        assertThat(model.profileLoadedProperty().get()).isFalse();
    }

    @Test
    void inATeamSessionGoingBackToSingleUserSaysToRestart() {
        TeamSettingsViewModel model = model(Optional.of(TeamProfile.load(profileFile)));
        model.backToSingleUser();
        assertThat(model.teamSession()).isTrue();
        assertThat(model.messageProperty().get()).contains("Close and reopen Warta");
    }
}
