package id.warta.persistence;

import id.warta.domain.AuditEntry;
import id.warta.service.AuditRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public final class JdbcAuditRepository implements AuditRepository {
    private static final String COLUMNS =
            "seq, id, at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash";
    private final Jdbc jdbc;

    public JdbcAuditRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Optional<AuditEntry> last() {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq DESC LIMIT 1", st -> { },
                this::map);
    }

    @Override
    public void append(AuditEntry e) {
        jdbc.update("INSERT INTO audit_log(" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", st -> {
            st.setLong(1, e.seq());
            st.setString(2, e.id());
            jdbc.setInstant(st, 3, e.at());
            st.setString(4, e.actor());
            st.setString(5, e.action());
            st.setString(6, e.entityType());
            st.setString(7, e.entityId());
            st.setString(8, e.before());
            st.setString(9, e.after());
            st.setString(10, e.prevHash());
            st.setString(11, e.hash());
        });
    }

    @Override
    public List<AuditEntry> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq", st -> { }, this::map);
    }

    @Override
    public List<AuditEntry> about(String entityType, String entityId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY seq",
                st -> {
                    st.setString(1, entityType);
                    st.setString(2, entityId);
                }, this::map);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT count(*) FROM audit_log");
    }

    private AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getString(2), jdbc.instant(rs, 3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11));
    }
}
