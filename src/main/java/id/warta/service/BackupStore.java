package id.warta.service;

import java.nio.file.Path;
import java.util.List;

/** Rolling, verified copies of the open database and restoring from one of them. */
public interface BackupStore {
    /** How many copies are kept; older ones are deleted after a new one is verified. */
    int KEEP = 10;

    /** Copies the open database, checks the copy's integrity, keeps it and prunes old copies. */
    BackupInfo backupNow();

    /** The kept copies, newest first. */
    List<BackupInfo> list();

    /**
     * Replaces the open database with a copy after checking it; the current file is kept aside.
     *
     * @return where the replaced file was kept
     */
    Path restore(Path backup);
}
