package id.warta.persistence;

import id.warta.service.ExportRepository;
import id.warta.service.ExportRow;
import id.warta.service.PublicationStamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class JdbcExportRepository implements ExportRepository {
    /**
     * One row per publication with its post, client, campaign and account; the account's variant text
     * and the latest approver come from a join and a correlated lookup on review_decision's index.
     */
    private static final String ROWS = """
            SELECT t.id, t.post_id, p.client_id, c.name, c.short_name, p.campaign_id, g.name, p.title,
                   coalesce(v.body, p.body), p.state, p.content_type, a.id, a.handle, a.channel, a.zone,
                   t.scheduled_at, t.live_url,
                   (SELECT u.display_name FROM review_decision d JOIN app_user u ON u.id = d.reviewer_id
                     WHERE d.post_id = p.id AND d.decision = 'approved'
                     ORDER BY d.decided_at DESC LIMIT 1),
                   p.updated_at
              FROM post_target t
              JOIN post p ON p.id = t.post_id
              JOIN client c ON c.id = p.client_id
              JOIN account a ON a.id = t.account_id
              LEFT JOIN campaign g ON g.id = p.campaign_id
              LEFT JOIN post_variant v ON v.post_id = t.post_id AND v.account_id = t.account_id
             WHERE t.scheduled_at >= ? AND t.scheduled_at < ?
             ORDER BY t.scheduled_at, t.id""";

    private final Jdbc jdbc;

    public JdbcExportRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<ExportRow> rows(Instant from, Instant to) {
        return jdbc.query(ROWS, st -> {
            jdbc.setInstant(st, 1, from);
            jdbc.setInstant(st, 2, to);
        }, rs -> new ExportRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), Codes.state(rs.getString(10)),
                Codes.contentType(rs.getString(11)), rs.getString(12), rs.getString(13), Codes.channel(rs.getString(14)),
                Codes.zone(rs.getString(15)), jdbc.instant(rs, 16),
                rs.getString(17), rs.getString(18), jdbc.instant(rs, 19)));
    }

    @Override
    public Map<String, PublicationStamp> stamps() {
        Map<String, PublicationStamp> stamps = new HashMap<>();
        jdbc.query("SELECT target_id, uid, sequence, fingerprint, last_modified FROM ical_publication", st -> { },
                rs -> new PublicationStamp(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        jdbc.instant(rs, 5)))
                .forEach(s -> stamps.put(s.targetId(), s));
        return stamps;
    }

    @Override
    public void saveStamp(PublicationStamp s) {
        jdbc.update("INSERT INTO ical_publication(target_id, uid, sequence, fingerprint, last_modified) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_id) DO UPDATE SET sequence = excluded.sequence, "
                + "fingerprint = excluded.fingerprint, last_modified = excluded.last_modified", st -> {
                    st.setString(1, s.targetId());
                    st.setString(2, s.uid());
                    st.setInt(3, s.sequence());
                    st.setString(4, s.fingerprint());
                    jdbc.setInstant(st, 5, s.lastModified());
                });
    }
}
