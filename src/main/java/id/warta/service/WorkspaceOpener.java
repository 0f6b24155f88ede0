package id.warta.service;

import java.nio.file.Path;

/** Opens a workspace on a database file; implemented by the composition root. */
@FunctionalInterface
public interface WorkspaceOpener {
    /**
     * @throws StorageException when the file cannot be used (the file is then left untouched)
     */
    Workspace open(Path databaseFile);
}
