package id.warta.persistence;

import id.warta.domain.RecurrenceRule;
import id.warta.service.SeriesRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Repeat rules in {@code post_series} and {@code post_series_start}; slots are columns of {@code post_target}. */
public final class JdbcSeriesRepository implements SeriesRepository {
    private final Jdbc jdbc;

    public JdbcSeriesRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Optional<RecurrenceRule> ruleOf(String postId) {
        return jdbc.queryOne("SELECT rule FROM post_series WHERE post_id = ?", st -> st.setString(1, postId),
                rs -> RecurrenceRule.parse(rs.getString(1)));
    }

    @Override
    public Map<String, Instant> startsOf(String postId) {
        Map<String, Instant> starts = new HashMap<>();
        jdbc.query("SELECT account_id, first_at FROM post_series_start WHERE post_id = ?", st -> st.setString(1, postId),
                rs -> starts.put(rs.getString(1), jdbc.instant(rs, 2)));
        return starts;
    }

    @Override
    public void save(String postId, RecurrenceRule rule, Map<String, Instant> starts) {
        int rows = jdbc.update("UPDATE post_series SET rule = ?, version = version + 1 WHERE post_id = ?", st -> {
            st.setString(1, rule.encode());
            st.setString(2, postId);
        });
        if (rows == 0) {
            jdbc.update("INSERT INTO post_series(post_id, rule, version) VALUES (?, ?, 1)", st -> {
                st.setString(1, postId);
                st.setString(2, rule.encode());
            });
        }
        jdbc.update("DELETE FROM post_series_start WHERE post_id = ?", st -> st.setString(1, postId));
        starts.forEach((account, at) -> jdbc.update(
                "INSERT INTO post_series_start(post_id, account_id, first_at) VALUES (?, ?, ?)", st -> {
                    st.setString(1, postId);
                    st.setString(2, account);
                    jdbc.setInstant(st, 3, at);
                }));
    }

    @Override
    public void delete(String postId) {
        jdbc.update("DELETE FROM post_series WHERE post_id = ?", st -> st.setString(1, postId));
        jdbc.update("UPDATE post_target SET series_slot = NULL, detached = FALSE WHERE post_id = ?",
                st -> st.setString(1, postId));
    }

    @Override
    public Map<String, Slot> slotsOf(String postId) {
        Map<String, Slot> slots = new HashMap<>();
        jdbc.query("SELECT id, series_slot, detached FROM post_target WHERE post_id = ? AND series_slot IS NOT NULL",
                st -> st.setString(1, postId),
                rs -> slots.put(rs.getString(1), new Slot(LocalDate.parse(rs.getString(2)), rs.getBoolean(3))));
        return slots;
    }

    @Override
    public void setSlot(String targetId, LocalDate date) {
        jdbc.update("UPDATE post_target SET series_slot = ?, detached = FALSE WHERE id = ?", st -> {
            st.setString(1, date.toString());
            st.setString(2, targetId);
        });
    }
}
