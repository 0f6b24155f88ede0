package id.warta.service;

import java.nio.file.Path;
import java.util.List;

/**
 * Team mode: the desktop makes no copies; the server's admin backs the team database up with the
 * server's own tools (pg_dump, base backups). Asking for one says so instead of failing silently.
 */
public final class ServerBackups implements BackupStore {
    private final String serverAddress;

    public ServerBackups(String serverAddress) {
        this.serverAddress = serverAddress;
    }

    @Override
    public BackupInfo backupNow() {
        throw new TeamException(TeamException.Reason.SERVER_BACKUPS, serverAddress);
    }

    @Override
    public List<BackupInfo> list() {
        return List.of();
    }

    @Override
    public Path restore(Path backup) {
        throw new TeamException(TeamException.Reason.SERVER_BACKUPS, serverAddress);
    }
}
