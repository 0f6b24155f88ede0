package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start with a missing or broken per-user folder recreates it and says so (issue 8, bad input). */
class DataFolderNoticeTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Warta warta(Path home) {
        return new Warta(new DataPaths(home), Clock.systemUTC(), out, err, new Messages(Messages.ENGLISH));
    }

    @Test
    void aMissingFolderIsCreatedAndTheStartSaysSo() {
        Path home = dir.resolve("home");
        Warta warta = warta(home);
        assertThat(warta.run("--version")).isZero();
        assertThat(Files.isDirectory(home.resolve("logs"))).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Created the Warta data folder at " + home);
        assertThat(warta.dataFolderCreated()).as("the window shows it in the status bar").isTrue();
    }

    @Test
    void aFileInPlaceOfTheFolderIsKeptAsideAndTheFolderRecreated() throws Exception {
        Path home = dir.resolve("home");
        Files.writeString(home, "not a folder");
        Warta warta = warta(home);
        assertThat(warta.run("--version")).isZero();
        assertThat(Files.isDirectory(home.resolve("logs"))).isTrue();
        assertThat(Files.readString(dir.resolve("home.not-a-folder"))).isEqualTo("not a folder");
        assertThat(warta.dataFolderCreated()).isTrue();
    }

    @Test
    void aBrokenFolderWithoutItsLogsFolderIsRepaired() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("settings.properties"), "theme=dark\n");
        Warta warta = warta(home);
        assertThat(warta.run("--version")).isZero();
        assertThat(Files.isDirectory(home.resolve("logs"))).isTrue();
        assertThat(Files.readString(home.resolve("settings.properties"))).isEqualTo("theme=dark\n");
        assertThat(warta.dataFolderCreated()).isTrue();
    }

    @Test
    void anIntactFolderIsLeftAloneWithoutANotice() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home/logs")).getParent();
        Warta warta = warta(home);
        assertThat(warta.run("--version")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(warta.dataFolderCreated()).isFalse();
    }
}
