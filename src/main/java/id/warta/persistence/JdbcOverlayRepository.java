package id.warta.persistence;

import id.warta.service.Overlay;
import id.warta.service.OverlayEvent;
import id.warta.service.OverlayRepository;
import id.warta.service.OverlaySubscription;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

public final class JdbcOverlayRepository implements OverlayRepository {
    private static final String COLUMNS = "SELECT o.id, o.name, o.source, o.imported_at, "
            + "(SELECT COUNT(*) FROM overlay_event e WHERE e.overlay_id = o.id), o.source_url, o.refresh_minutes, "
            + "o.fetched_at, o.attempted_at, o.etag, o.last_modified, o.error_key, o.error_args FROM overlay o ";

    private final Jdbc jdbc;
    private final String file;

    public JdbcOverlayRepository(SqliteDatabase database) {
        this.jdbc = new Jdbc(database);
        this.file = database.file().toString();
    }

    @Override
    public void insert(Overlay overlay, List<OverlayEvent> events) {
        jdbc.update("INSERT INTO overlay(id, name, source, imported_at) VALUES (?, ?, ?, ?)", st -> {
            st.setString(1, overlay.id());
            st.setString(2, overlay.name());
            st.setString(3, overlay.source());
            st.setString(4, SqlTimes.format(overlay.importedAt()));
        });
        if (overlay.subscription() != null) {
            updateSubscription(overlay.id(), overlay.subscription());
        }
        insertEvents(overlay.id(), events);
    }

    private void insertEvents(String overlayId, List<OverlayEvent> events) {
        try (PreparedStatement st = jdbc.connection().prepareStatement("INSERT INTO overlay_event(overlay_id, uid, "
                + "title, start_day, end_day, start_at, end_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (OverlayEvent e : events) {
                st.setString(1, overlayId);
                st.setString(2, e.uid());
                st.setString(3, e.title());
                st.setString(4, e.firstDay().toString());
                st.setString(5, e.lastDay().toString());
                st.setString(6, e.start() == null ? null : SqlTimes.format(e.start()));
                st.setString(7, e.end() == null ? null : SqlTimes.format(e.end()));
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, "insert", file);
        }
    }

    @Override
    public List<Overlay> findAll() {
        return jdbc.query(COLUMNS + "ORDER BY o.imported_at, o.id", st -> { }, JdbcOverlayRepository::overlay);
    }

    @Override
    public Optional<Overlay> find(String id) {
        return jdbc.queryOne(COLUMNS + "WHERE o.id = ?", st -> st.setString(1, id), JdbcOverlayRepository::overlay);
    }

    private static Overlay overlay(ResultSet rs) throws SQLException {
        String url = rs.getString(6);
        OverlaySubscription subscription = null;
        if (url != null) {
            long minutes = rs.getLong(7);
            String args = rs.getString(13);
            subscription = new OverlaySubscription(URI.create(url),
                    minutes > 0 ? Duration.ofMinutes(minutes) : OverlaySubscription.DEFAULT_INTERVAL,
                    instant(rs.getString(8)), instant(rs.getString(9)), rs.getString(10), rs.getString(11),
                    rs.getString(12), args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split("\n", -1)));
        }
        return new Overlay(rs.getString(1), rs.getString(2), rs.getString(3), SqlTimes.parse(rs.getString(4)),
                rs.getInt(5), subscription);
    }

    private static Instant instant(String text) {
        return text == null ? null : SqlTimes.parse(text);
    }

    @Override
    public boolean existsWithSource(String source) {
        return jdbc.queryOne("SELECT 1 FROM overlay WHERE source = ?", st -> st.setString(1, source), rs -> 1)
                .isPresent();
    }

    @Override
    public boolean delete(String id) {
        // Events first: the connection may not enforce ON DELETE CASCADE.
        jdbc.update("DELETE FROM overlay_event WHERE overlay_id = ?", st -> st.setString(1, id));
        return jdbc.update("DELETE FROM overlay WHERE id = ?", st -> st.setString(1, id)) > 0;
    }

    @Override
    public void replaceEvents(String id, Instant importedAt, List<OverlayEvent> events) {
        jdbc.update("DELETE FROM overlay_event WHERE overlay_id = ?", st -> st.setString(1, id));
        jdbc.update("UPDATE overlay SET imported_at = ? WHERE id = ?", st -> {
            st.setString(1, SqlTimes.format(importedAt));
            st.setString(2, id);
        });
        insertEvents(id, events);
    }

    @Override
    public void updateSubscription(String id, OverlaySubscription s) {
        jdbc.update("UPDATE overlay SET source_url = ?, refresh_minutes = ?, fetched_at = ?, attempted_at = ?, etag = ?, "
                + "last_modified = ?, error_key = ?, error_args = ? WHERE id = ?", st -> {
                    st.setString(1, s.url().toString());
                    st.setLong(2, s.refreshInterval().toMinutes());
                    text(st, 3, s.fetchedAt() == null ? null : SqlTimes.format(s.fetchedAt()));
                    text(st, 4, s.attemptedAt() == null ? null : SqlTimes.format(s.attemptedAt()));
                    text(st, 5, s.etag());
                    text(st, 6, s.lastModified());
                    text(st, 7, s.errorKey());
                    text(st, 8, s.errorKey() == null ? null : String.join("\n", s.errorArguments()));
                    st.setString(9, id);
                });
    }

    private static void text(PreparedStatement st, int index, String value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value);
        }
    }

    @Override
    public List<OverlayEvent> eventsBetween(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT e.uid, e.title, e.start_day, e.end_day, e.start_at, e.end_at, o.name "
                        + "FROM overlay_event e JOIN overlay o ON o.id = e.overlay_id "
                        + "WHERE e.start_day <= ? AND e.end_day >= ? ORDER BY e.start_day, e.title", st -> {
                    st.setString(1, to.toString());
                    st.setString(2, from.toString());
                }, rs -> new OverlayEvent(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        LocalDate.parse(rs.getString(4)),
                        rs.getString(5) == null ? null : SqlTimes.parse(rs.getString(5)),
                        rs.getString(6) == null ? null : SqlTimes.parse(rs.getString(6)), rs.getString(7)));
    }
}
