package id.warta.persistence;

import id.warta.service.Overlay;
import id.warta.service.OverlayEvent;
import id.warta.service.OverlayRepository;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

public final class JdbcOverlayRepository implements OverlayRepository {
    private final Jdbc jdbc;

    public JdbcOverlayRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void insert(Overlay overlay, List<OverlayEvent> events) {
        jdbc.update("INSERT INTO overlay(id, name, source, imported_at) VALUES (?, ?, ?, ?)", st -> {
            st.setString(1, overlay.id());
            st.setString(2, overlay.name());
            st.setString(3, overlay.source());
            jdbc.setInstant(st, 4, overlay.importedAt());
        });
        try (PreparedStatement st = jdbc.connection().prepareStatement("INSERT INTO overlay_event(overlay_id, uid, "
                + "title, start_day, end_day, start_at, end_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (OverlayEvent e : events) {
                st.setString(1, overlay.id());
                st.setString(2, e.uid());
                st.setString(3, e.title());
                st.setString(4, e.firstDay().toString());
                st.setString(5, e.lastDay().toString());
                jdbc.setInstant(st, 6, e.start());
                jdbc.setInstant(st, 7, e.end());
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw jdbc.translate(e, "insert");
        }
    }

    @Override
    public List<Overlay> findAll() {
        return jdbc.query("SELECT o.id, o.name, o.source, o.imported_at, "
                        + "(SELECT COUNT(*) FROM overlay_event e WHERE e.overlay_id = o.id) "
                        + "FROM overlay o ORDER BY o.imported_at, o.id", st -> { },
                rs -> new Overlay(rs.getString(1), rs.getString(2), rs.getString(3), jdbc.instant(rs, 4),
                        rs.getInt(5)));
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
    public List<OverlayEvent> eventsBetween(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT e.uid, e.title, e.start_day, e.end_day, e.start_at, e.end_at, o.name "
                        + "FROM overlay_event e JOIN overlay o ON o.id = e.overlay_id "
                        + "WHERE e.start_day <= ? AND e.end_day >= ? ORDER BY e.start_day, e.title", st -> {
                    st.setString(1, to.toString());
                    st.setString(2, from.toString());
                }, rs -> new OverlayEvent(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        LocalDate.parse(rs.getString(4)),
                        jdbc.instant(rs, 5),
                        jdbc.instant(rs, 6), rs.getString(7)));
    }
}
