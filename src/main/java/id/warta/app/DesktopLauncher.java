package id.warta.app;

import id.warta.cli.GuiLauncher;
import java.nio.file.Path;
import java.util.Optional;

/** The window on a database file ({@link WartaGui}) or on the team server ({@link TeamGui}). */
final class DesktopLauncher implements GuiLauncher {
    private final GuiLauncher file;
    private final TeamGui team;
    private final LocalPreferences preferences;

    DesktopLauncher(GuiLauncher file, TeamGui team, LocalPreferences preferences) {
        this.file = file;
        this.team = team;
        this.preferences = preferences;
    }

    @Override
    public int launch(Path databaseFile, boolean startupProbe, Path openFile) {
        return file.launch(databaseFile, startupProbe, openFile);
    }

    @Override
    public int launchTeam(Path profile, boolean startupProbe) {
        return team.launch(profile, startupProbe);
    }

    @Override
    public Optional<Path> rememberedTeamProfile() {
        return preferences.get(TeamChoices.PROFILE_KEY).filter(s -> !s.isBlank()).map(Path::of);
    }
}
