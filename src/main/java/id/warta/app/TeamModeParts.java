package id.warta.app;

import id.warta.service.Messages;
import id.warta.service.SessionSecretStore;
import id.warta.service.TeamPasswords;
import id.warta.service.TeamProfile;
import id.warta.service.Workspace;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.settings.SettingsView;
import id.warta.ui.settings.TeamSection;
import id.warta.ui.settings.TeamSettingsViewModel;
import id.warta.ui.shell.ReadOnlyBanner;
import id.warta.ui.shell.ReadOnlyBannerModel;
import java.util.Optional;

/**
 * What team mode adds to a built window: the "Tim" settings section (in single-user mode too, where
 * a profile is chosen) and the read-only banner. Kept apart so {@link MainWindow}'s wiring stays short.
 */
final class TeamModeParts {
    private final TeamChoices choices;
    private final Optional<TeamProfile> current;

    TeamModeParts(TeamChoices choices, Optional<TeamProfile> current) {
        this.choices = choices;
        this.current = current;
    }

    /** Single-user window: a profile can be chosen; the keyring is looked for only when a password is forgotten. */
    static TeamModeParts singleUser(LocalPreferences preferences) {
        return new TeamModeParts(new TeamChoices(preferences, new TeamPasswords(OsKeyring::find, new SessionSecretStore())),
                Optional.empty());
    }

    void attachSettings(SettingsView settings, BackgroundTasks tasks, Messages messages) {
        TeamSettingsViewModel model = new TeamSettingsViewModel(choices, current, tasks, messages);
        settings.append("team.settings.title", new TeamSection(model, messages));
        model.load();
    }

    static ReadOnlyBannerModel banner(Workspace workspace, Messages messages) {
        return new ReadOnlyBannerModel(workspace.readOnly(), messages, javafx.application.Platform::runLater);
    }

    static ReadOnlyBanner bannerView(ReadOnlyBannerModel model) {
        return new ReadOnlyBanner(model);
    }
}
