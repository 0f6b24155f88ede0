package id.warta.cli;

import java.nio.file.Path;

/** Starts the desktop window; the command line only asks, the app package knows JavaFX. */
@FunctionalInterface
public interface GuiLauncher {
    /**
     * @param openFile an iCalendar file to offer for import once the window is up (a double-click in the file
     *                 manager), or {@code null}
     * @return the process exit code once the window has closed
     */
    int launch(Path databaseFile, boolean startupProbe, Path openFile);

    /**
     * Opens the window on the team server of a profile ({@code --team PROFILE}).
     *
     * @return the process exit code once the window has closed
     */
    default int launchTeam(Path profile, boolean startupProbe) {
        throw new UnsupportedOperationException("team mode");
    }

    /** The team profile this computer opens when neither --db nor --team is given (Settings → Team). */
    default java.util.Optional<Path> rememberedTeamProfile() {
        return java.util.Optional.empty();
    }
}
