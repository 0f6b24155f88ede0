package id.warta.persistence;

import id.warta.service.ExportFilter;
import id.warta.service.Feed;
import id.warta.service.FeedRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

public final class JdbcFeedRepository implements FeedRepository {
    private static final String COLUMNS =
            "id, name, token, from_date, to_date, client, account, channel, campaign, statuses, created_at, revoked_at";

    private final Jdbc jdbc;

    public JdbcFeedRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void insert(Feed f) {
        ExportFilter x = f.filter();
        jdbc.update("INSERT INTO ical_feed(" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", st -> {
            st.setString(1, f.id());
            st.setString(2, f.name());
            st.setString(3, f.token());
            st.setString(4, x.from() == null ? null : x.from().toString());
            st.setString(5, x.to() == null ? null : x.to().toString());
            st.setString(6, x.client());
            st.setString(7, x.account());
            st.setString(8, x.channel());
            st.setString(9, x.campaign());
            st.setString(10, String.join(",", x.statuses()));
            jdbc.setInstant(st, 11, f.createdAt());
            jdbc.setInstant(st, 12, f.revokedAt());
        });
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return jdbc.update("UPDATE ical_feed SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", st -> {
            jdbc.setInstant(st, 1, at);
            st.setString(2, id);
        }) > 0;
    }

    @Override
    public Optional<Feed> findByToken(String token) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM ical_feed WHERE token = ?", st -> st.setString(1, token),
                this::map);
    }

    @Override
    public List<Feed> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM ical_feed ORDER BY created_at, id", st -> { },
                this::map);
    }

    private Feed map(ResultSet rs) throws SQLException {
        String statuses = rs.getString(10);
        ExportFilter filter = new ExportFilter(date(rs.getString(4)), date(rs.getString(5)), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9),
                statuses == null || statuses.isBlank() ? List.of() : Arrays.asList(statuses.split(",")));
        return new Feed(rs.getString(1), rs.getString(2), rs.getString(3), filter, jdbc.instant(rs, 11),
                jdbc.instant(rs, 12));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
