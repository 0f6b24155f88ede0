package id.warta.persistence;

import id.warta.service.CaldavResource;
import id.warta.service.CaldavResourceRepository;
import java.util.LinkedHashMap;
import java.util.Map;

public final class JdbcCaldavResourceRepository implements CaldavResourceRepository {
    private final Jdbc jdbc;

    public JdbcCaldavResourceRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Map<String, CaldavResource> findAll(String collection) {
        Map<String, CaldavResource> out = new LinkedHashMap<>();
        jdbc.query("SELECT collection, uid, name, etag, sequence, hash, pushed_at FROM caldav_resource "
                        + "WHERE collection = ? ORDER BY uid", st -> st.setString(1, collection),
                rs -> new CaldavResource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), jdbc.instant(rs, 7)))
                .forEach(r -> out.put(r.uid(), r));
        return out;
    }

    @Override
    public void save(CaldavResource r) {
        jdbc.update("INSERT INTO caldav_resource(collection, uid, name, etag, sequence, hash, pushed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (collection, uid) DO UPDATE SET name = excluded.name, "
                + "etag = excluded.etag, sequence = excluded.sequence, hash = excluded.hash, pushed_at = excluded.pushed_at", st -> {
                    st.setString(1, r.collection());
                    st.setString(2, r.uid());
                    st.setString(3, r.name());
                    st.setString(4, r.etag());
                    st.setInt(5, r.sequence());
                    st.setString(6, r.hash());
                    jdbc.setInstant(st, 7, r.pushedAt());
                });
    }

    @Override
    public void delete(String collection, String uid) {
        jdbc.update("DELETE FROM caldav_resource WHERE collection = ? AND uid = ?", st -> {
            st.setString(1, collection);
            st.setString(2, uid);
        });
    }
}
