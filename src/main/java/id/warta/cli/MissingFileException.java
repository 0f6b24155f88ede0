package id.warta.cli;

import java.nio.file.Path;

/** A file named on the command line does not exist. */
final class MissingFileException extends RuntimeException {
    private final Path file;

    MissingFileException(Path file) {
        super("No such file: " + file);
        this.file = file;
    }

    Path file() {
        return file;
    }
}
