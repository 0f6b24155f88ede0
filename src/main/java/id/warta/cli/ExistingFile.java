package id.warta.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Commands that work on an existing database refuse to create an empty one by accident. */
final class ExistingFile {
    private ExistingFile() {
    }

    static void require(Path file, CliContext context) {
        if (!Files.isRegularFile(file)) {
            throw new MissingFileException(file);
        }
    }
}
