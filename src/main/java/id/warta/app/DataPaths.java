package id.warta.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Warta keeps its files on this computer (DESIGN.md, "Data"): {@code WARTA_HOME}, else the
 * platform's per-user data folder. Holds {@code warta.db}, {@code backups/}, {@code logs/} and
 * {@code settings.properties}.
 */
public record DataPaths(Path folder) {

    public static DataPaths resolve(Map<String, String> env, String osName, Path userHome) {
        String home = env.get("WARTA_HOME");
        if (home != null && !home.isBlank()) {
            return new DataPaths(Path.of(home).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return new DataPaths(base.resolve("Warta"));
        }
        if (os.contains("mac")) {
            return new DataPaths(userHome.resolve("Library/Application Support/Warta"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new DataPaths(base.resolve("warta"));
    }

    public static DataPaths forThisComputer() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public Path defaultDatabase() {
        return folder.resolve("warta.db");
    }

    public Path logs() {
        return folder.resolve("logs");
    }

    public Path preferencesFile() {
        return folder.resolve("settings.properties");
    }

    /**
     * Creates the folder (and its logs folder) when missing or broken.
     *
     * @return true when something had to be created
     */
    public boolean ensureExists() {
        try {
            boolean created = !Files.isDirectory(folder) || !Files.isDirectory(logs());
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                // A file where the folder should be: keep it aside instead of deleting the user's data.
                Files.move(folder, folder.resolveSibling(folder.getFileName() + ".not-a-folder"));
            }
            Files.createDirectories(logs());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder, e);
        }
    }
}
