package id.warta.persistence;

import id.warta.service.StorageException;
import id.warta.service.WatchEntry;
import id.warta.service.WatchListRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

public final class JdbcWatchListRepository implements WatchListRepository {
    private final Jdbc jdbc;

    public JdbcWatchListRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public WatchEntry add(WatchEntry e) {
        boolean duplicate = jdbc.queryOne("SELECT 1 FROM watch_term WHERE client_id = ? AND lower(term) = lower(?) "
                + "UNION ALL SELECT 1 FROM allow_term WHERE client_id = ? AND lower(term) = lower(?)", st -> {
                    st.setString(1, e.clientId());
                    st.setString(2, e.term());
                    st.setString(3, e.clientId());
                    st.setString(4, e.term());
                }, rs -> true).isPresent();
        if (duplicate) {
            throw new StorageException(StorageException.Reason.DUPLICATE, "Term already listed: " + e.term(), e.term());
        }
        if (e.kind().isAllow()) {
            jdbc.update("INSERT INTO allow_term(id, client_id, term, version) VALUES (?, ?, ?, 1)", st -> {
                st.setString(1, e.id());
                st.setString(2, e.clientId());
                st.setString(3, e.term());
            });
        } else {
            jdbc.update("INSERT INTO watch_term(id, client_id, term, kind, version) VALUES (?, ?, ?, ?, 1)", st -> {
                st.setString(1, e.id());
                st.setString(2, e.clientId());
                st.setString(3, e.term());
                st.setString(4, e.kind().code());
            });
        }
        return new WatchEntry(e.id(), e.clientId(), e.term(), e.kind(), 1);
    }

    @Override
    public void remove(String entryId) {
        jdbc.update("DELETE FROM watch_term WHERE id = ?", st -> st.setString(1, entryId));
        jdbc.update("DELETE FROM allow_term WHERE id = ?", st -> st.setString(1, entryId));
    }

    @Override
    public java.util.Optional<WatchEntry> findById(String entryId) {
        java.util.Optional<WatchEntry> watch = jdbc.queryOne(
                "SELECT id, client_id, term, kind, version FROM watch_term WHERE id = ?",
                st -> st.setString(1, entryId), JdbcWatchListRepository::mapWatch);
        return watch.isPresent() ? watch : jdbc.queryOne("SELECT id, client_id, term, version FROM allow_term WHERE id = ?",
                st -> st.setString(1, entryId), rs -> new WatchEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        WatchEntry.Kind.ALLOW, rs.getLong(4)));
    }

    @Override
    public List<WatchEntry> entriesOf(String clientId) {
        List<WatchEntry> all = new ArrayList<>(jdbc.query(
                "SELECT id, client_id, term, kind, version FROM watch_term WHERE client_id = ? ORDER BY lower(term)",
                st -> st.setString(1, clientId), JdbcWatchListRepository::mapWatch));
        all.addAll(jdbc.query("SELECT id, client_id, term, version FROM allow_term WHERE client_id = ? ORDER BY lower(term)",
                st -> st.setString(1, clientId), rs -> new WatchEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        WatchEntry.Kind.ALLOW, rs.getLong(4))));
        return all;
    }

    private static WatchEntry mapWatch(ResultSet rs) throws SQLException {
        String code = rs.getString(4);
        WatchEntry.Kind kind = WatchEntry.Kind.fromCode(code).orElseThrow(() ->
                new StorageException(StorageException.Reason.DAMAGED, "Unknown watch kind " + code));
        return new WatchEntry(rs.getString(1), rs.getString(2), rs.getString(3), kind, rs.getLong(5));
    }
}
