package id.warta.persistence;

import id.warta.service.TeamAdministration.TeamTransfer;
import java.nio.file.Path;
import java.util.Properties;

/** One-time moves between a single-user SQLite file and a team database (docs/team-mode.md §6). */
final class TeamTransfers {
    private TeamTransfers() {
    }

    static TeamTransfer importInto(String url, Properties props, String schema, Path sqliteFile) {
        throw new UnsupportedOperationException("not yet");
    }

    static TeamTransfer exportFrom(String url, Properties props, String schema, Path sqliteFile) {
        throw new UnsupportedOperationException("not yet");
    }
}
