package id.warta.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The export ledger of a database that must not change (the team's offline copy): UIDs and
 * sequences stored there are used as they are, new or raised ones live only in memory for this
 * session. Publications keep the UIDs the server gave them, so calendars update, not duplicate.
 */
public final class UnsavedExportLedger implements ExportRepository {
    private final ExportRepository stored;
    private final Map<String, PublicationStamp> unsaved = new HashMap<>();

    public UnsavedExportLedger(ExportRepository stored) {
        this.stored = stored;
    }

    @Override
    public List<ExportRow> rows(Instant from, Instant to) {
        return stored.rows(from, to);
    }

    @Override
    public synchronized Map<String, PublicationStamp> stamps() {
        Map<String, PublicationStamp> all = new HashMap<>(stored.stamps());
        all.putAll(unsaved);
        return all;
    }

    @Override
    public synchronized void saveStamp(PublicationStamp stamp) {
        unsaved.put(stamp.targetId(), stamp);
    }
}
