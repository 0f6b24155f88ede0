package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPathsTest {
    private static final Path HOME = Path.of("/home/humas");

    @Test
    void wartaHomeWinsEverywhere() {
        assertThat(DataPaths.resolve(Map.of("WARTA_HOME", "/data/warta", "XDG_DATA_HOME", "/x"), "Linux", HOME).folder())
                .isEqualTo(Path.of("/data/warta"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataPaths.resolve(Map.of("XDG_DATA_HOME", "/x"), "Linux", HOME).folder()).isEqualTo(Path.of("/x/warta"));
        assertThat(DataPaths.resolve(Map.of(), "Linux", HOME).defaultDatabase())
                .isEqualTo(Path.of("/home/humas/.local/share/warta/warta.db"));
    }

    @Test
    void windowsAndMacUseTheirOwnFolders() {
        assertThat(DataPaths.resolve(Map.of("APPDATA", "/c/Users/humas/AppData/Roaming"), "Windows 11", HOME).folder())
                .isEqualTo(Path.of("/c/Users/humas/AppData/Roaming/Warta"));
        assertThat(DataPaths.resolve(Map.of(), "Mac OS X", HOME).folder())
                .isEqualTo(Path.of("/home/humas/Library/Application Support/Warta"));
    }

    @Test
    void aBrokenDataFolderIsRecreatedWithoutDeletingWhatWasThere(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("warta");
        Files.writeString(folder, "a file where the folder should be");
        DataPaths paths = new DataPaths(folder);
        assertThat(paths.ensureExists()).isTrue();
        assertThat(folder).isDirectory();
        assertThat(paths.logs()).isDirectory();
        assertThat(dir.resolve("warta.not-a-folder")).hasContent("a file where the folder should be");
        assertThat(paths.ensureExists()).isFalse();
    }

    @Test
    void preferencesSurviveARoundTripAndAGarbledFileGivesDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        LocalPreferences prefs = LocalPreferences.load(file);
        prefs.put("theme", "dark");
        prefs.put("window.width", "1400.0");
        prefs.save();
        LocalPreferences again = LocalPreferences.load(file);
        assertThat(again.get("theme")).contains("dark");
        assertThat(again.getDouble("window.width")).contains(1400.0);
        Files.writeString(file, "window.width=NaN\nwindow.height=lebar\n\\u12");
        LocalPreferences garbled = LocalPreferences.load(file);
        assertThat(garbled.getDouble("window.width")).isEmpty();
        assertThat(garbled.getDouble("window.height")).isEmpty();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }
}
