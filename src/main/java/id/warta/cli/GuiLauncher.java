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
}
