package id.warta.persistence;

import id.warta.service.StorageException;
import id.warta.service.StorageException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks on a database file made before SQLite touches it, so a wrong file is never modified. */
final class SqliteFiles {
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFiles() {
    }

    /** Refuses paths that cannot hold Warta's database; returns whether the file already has content. */
    static boolean checkUsable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StorageException(Reason.MISSING_FOLDER, "Folder does not exist: " + folder, String.valueOf(folder));
        }
        if (!Files.exists(file)) {
            if (!Files.isWritable(folder)) {
                throw new StorageException(Reason.READ_ONLY, "Folder is not writable: " + folder, folder.toString());
            }
            return false;
        }
        if (!Files.isRegularFile(file)) {
            throw new StorageException(Reason.NOT_A_FILE, "Not a regular file: " + file, file.toString());
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new StorageException(Reason.READ_ONLY, "File is not writable: " + file, file.toString());
        }
        if (!Files.isWritable(folder)) {
            // SQLite needs to create its -wal and -shm files beside the database.
            throw new StorageException(Reason.READ_ONLY, "Folder is not writable: " + folder, folder.toString());
        }
        long size = size(file);
        if (size == 0) {
            return false;
        }
        if (!hasSqliteHeader(file)) {
            throw new StorageException(Reason.NOT_A_DATABASE, "Not a SQLite database: " + file, file.toString());
        }
        return true;
    }

    static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEADER.length);
            return Arrays.equals(head, HEADER) && size(file) >= 512;
        } catch (IOException e) {
            throw new StorageException(Reason.IO, "Cannot read " + file, e, file.toString());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException(Reason.IO, "Cannot read " + file, e, file.toString());
        }
    }
}
