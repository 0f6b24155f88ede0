package id.warta.app;

import id.warta.service.TeamPasswords;
import id.warta.service.TeamProfile;
import id.warta.ui.settings.TeamSettingsViewModel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * This computer's team choices: the profile to open at start (its path only) and the last login
 * name in the preferences; passwords only through {@link TeamPasswords} (keyring or memory).
 */
final class TeamChoices implements TeamSettingsViewModel.Choices {
    static final String PROFILE_KEY = "teamProfile";
    static final String LOGIN_KEY = "teamLogin";

    private final LocalPreferences preferences;
    private final TeamPasswords passwords;

    TeamChoices(LocalPreferences preferences, TeamPasswords passwords) {
        this.preferences = preferences;
        this.passwords = passwords;
    }

    @Override
    public Optional<Path> openAtStart() {
        return preferences.get(PROFILE_KEY).filter(s -> !s.isBlank()).map(Path::of);
    }

    @Override
    public void openAtStart(Path profile) {
        preferences.put(PROFILE_KEY, profile.toAbsolutePath().toString());
        preferences.save();
    }

    @Override
    public void singleUser() {
        preferences.remove(PROFILE_KEY);
        preferences.save();
    }

    @Override
    public void forgetPassword(TeamProfile profile) {
        lastLogin().ifPresent(login -> passwords.forget(TeamPasswords.account(profile, login)));
    }

    Optional<String> lastLogin() {
        return preferences.get(LOGIN_KEY).filter(s -> !s.isBlank());
    }

    /** The login name is no secret; remembering it spares typing it at every start. */
    void rememberLogin(String login) {
        preferences.put(LOGIN_KEY, login);
    }
}
