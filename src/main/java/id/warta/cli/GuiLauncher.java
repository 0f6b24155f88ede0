package id.warta.cli;

import java.nio.file.Path;

/** Starts the desktop window; the command line only asks, the app package knows JavaFX. */
@FunctionalInterface
public interface GuiLauncher {
    /** @return the process exit code once the window has closed */
    int launch(Path databaseFile, boolean startupProbe);
}
