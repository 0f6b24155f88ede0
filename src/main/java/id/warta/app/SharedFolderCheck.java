package id.warta.app;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * SQLite corrupts under concurrent writers on network and cloud-synced folders (DESIGN.md, "Data"):
 * spot the likely ones so the user is warned.
 */
final class SharedFolderCheck {
    private static final List<String> SYNCED = List.of("dropbox", "onedrive", "google drive", "googledrive",
            "icloud", "nextcloud", "owncloud", "mega");
    private static final List<String> NETWORK_TYPES = List.of("nfs", "cifs", "smb", "smbfs", "fuse.sshfs",
            "9p", "afpfs", "webdav", "davfs");

    private SharedFolderCheck() {
    }

    static boolean looksShared(Path file) {
        String path = file.toAbsolutePath().toString().toLowerCase(Locale.ROOT);
        if (SYNCED.stream().anyMatch(path::contains) || path.startsWith("\\\\")) {
            return true;
        }
        try {
            Path existing = Files.exists(file) ? file : file.toAbsolutePath().getParent();
            FileStore store = Files.getFileStore(existing);
            String type = store.type().toLowerCase(Locale.ROOT);
            return NETWORK_TYPES.stream().anyMatch(type::startsWith);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
