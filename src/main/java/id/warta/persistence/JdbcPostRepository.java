package id.warta.persistence;

import id.warta.domain.Account;
import id.warta.domain.CalendarEntry;
import id.warta.domain.MediaRef;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.WorkflowState;
import id.warta.service.PostRepository;
import id.warta.service.StaleVersionException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbcPostRepository implements PostRepository {
    private static final String POST_COLUMNS =
            "id, client_id, campaign_id, title, body, content_type, state, hashtags, author_id, created_at, updated_at, version";
    private static final String TARGET_COLUMNS = "id, post_id, account_id, scheduled_at, live_url, version";
    private static final String CALENDAR_QUERY = """
            SELECT t.id, t.post_id, p.client_id, t.account_id, p.title, p.state, p.content_type, t.scheduled_at,
                   t.version, p.campaign_id, cp.name, p.author_id, u.display_name, cr.blocks, cr.warnings,
                   t.series_slot IS NOT NULL
              FROM post_target t
              JOIN post p ON p.id = t.post_id
              LEFT JOIN campaign cp ON cp.id = p.campaign_id
              LEFT JOIN app_user u ON u.id = p.author_id
              LEFT JOIN check_result cr ON cr.id = (SELECT c.id FROM check_result c WHERE c.post_id = p.id
                                                     ORDER BY c.checked_at DESC, c.%s DESC LIMIT 1)
             WHERE t.scheduled_at >= ? AND t.scheduled_at < ?
             ORDER BY t.scheduled_at""";

    private final Jdbc jdbc;
    private final String calendarQuery;

    public JdbcPostRepository(Database database) {
        this.jdbc = new Jdbc(database);
        this.calendarQuery = CALENDAR_QUERY.formatted(jdbc.dialect().insertionOrder());
    }

    @Override
    public Post save(Post p) {
        long newVersion;
        if (p.version() == 0) {
            jdbc.update("INSERT INTO post(client_id, campaign_id, title, body, content_type, state, hashtags, author_id, "
                    + "created_at, updated_at, id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", st -> bindPost(st, p));
            newVersion = 1;
        } else {
            int rows = jdbc.update("UPDATE post SET client_id = ?, campaign_id = ?, title = ?, body = ?, content_type = ?, "
                    + "state = ?, hashtags = ?, author_id = ?, created_at = ?, updated_at = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", st -> {
                        bindPost(st, p);
                        st.setLong(12, p.version());
                    });
            if (rows == 0) {
                throw new StaleVersionException("post", p.id(), p.version());
            }
            newVersion = p.version() + 1;
            jdbc.update("DELETE FROM post_media WHERE post_id = ?", st -> st.setString(1, p.id()));
        }
        for (int i = 0; i < p.media().size(); i++) {
            MediaRef m = p.media().get(i);
            int position = i;
            jdbc.update("INSERT INTO post_media(post_id, position, location, alt_text) VALUES (?, ?, ?, ?)", st -> {
                st.setString(1, p.id());
                st.setInt(2, position);
                st.setString(3, m.location());
                st.setString(4, m.altText());
            });
        }
        return new Post(p.id(), p.clientId(), p.campaignId(), p.title(), p.body(), p.contentType(), p.state(),
                p.hashtags(), p.media(), p.authorId(), p.createdAt(), p.updatedAt(), newVersion);
    }

    private void bindPost(PreparedStatement st, Post p) throws SQLException {
        st.setString(1, p.clientId());
        st.setString(2, p.campaignId());
        st.setString(3, p.title());
        st.setString(4, p.body());
        st.setString(5, p.contentType().code());
        st.setString(6, p.state().code());
        st.setString(7, String.join(" ", p.hashtags()));
        st.setString(8, p.authorId());
        jdbc.setInstant(st, 9, p.createdAt());
        jdbc.setInstant(st, 10, p.updatedAt());
        st.setString(11, p.id());
    }

    @Override
    public PostTarget saveTarget(PostTarget t) {
        Jdbc.Binder bind = st -> {
            st.setString(1, t.postId());
            st.setString(2, t.accountId());
            jdbc.setInstant(st, 3, t.scheduledAt());
            st.setString(4, t.liveUrl());
            st.setString(5, t.id());
        };
        if (t.version() == 0) {
            jdbc.update("INSERT INTO post_target(post_id, account_id, scheduled_at, live_url, id, version) "
                    + "VALUES (?, ?, ?, ?, ?, 1)", bind);
            return new PostTarget(t.id(), t.postId(), t.accountId(), t.scheduledAt(), t.liveUrl(), 1);
        }
        int rows = jdbc.update("UPDATE post_target SET post_id = ?, account_id = ?, scheduled_at = ?, live_url = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?", st -> {
                    bind.bind(st);
                    st.setLong(6, t.version());
                });
        if (rows == 0) {
            throw new StaleVersionException("post_target", t.id(), t.version());
        }
        return new PostTarget(t.id(), t.postId(), t.accountId(), t.scheduledAt(), t.liveUrl(), t.version() + 1);
    }

    @Override
    public PostVariant saveVariant(PostVariant v) {
        if (v.version() == 0) {
            jdbc.update("INSERT INTO post_variant(post_id, account_id, body, id, version) VALUES (?, ?, ?, ?, 1)", st -> {
                st.setString(1, v.postId());
                st.setString(2, v.accountId());
                st.setString(3, v.body());
                st.setString(4, v.id());
            });
            return new PostVariant(v.id(), v.postId(), v.accountId(), v.body(), 1);
        }
        int rows = jdbc.update("UPDATE post_variant SET body = ?, version = version + 1 WHERE id = ? AND version = ?", st -> {
            st.setString(1, v.body());
            st.setString(2, v.id());
            st.setLong(3, v.version());
        });
        if (rows == 0) {
            throw new StaleVersionException("post_variant", v.id(), v.version());
        }
        return new PostVariant(v.id(), v.postId(), v.accountId(), v.body(), v.version() + 1);
    }

    @Override
    public void deleteTarget(String targetId) {
        jdbc.update("DELETE FROM post_target WHERE id = ?", st -> st.setString(1, targetId));
    }

    @Override
    public void deleteVariant(String variantId) {
        jdbc.update("DELETE FROM post_variant WHERE id = ?", st -> st.setString(1, variantId));
    }

    @Override
    public Optional<Post> findById(String id) {
        List<MediaRef> media = jdbc.query("SELECT location, alt_text FROM post_media WHERE post_id = ? ORDER BY position",
                st -> st.setString(1, id), rs -> new MediaRef(rs.getString(1), rs.getString(2)));
        return jdbc.queryOne("SELECT " + POST_COLUMNS + " FROM post WHERE id = ?", st -> st.setString(1, id),
                rs -> mapPost(rs, media));
    }

    private Post mapPost(ResultSet rs, List<MediaRef> media) throws SQLException {
        String tags = rs.getString(8);
        List<String> hashtags = tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(" "));
        return new Post(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Codes.contentType(rs.getString(6)), Codes.state(rs.getString(7)), hashtags, media, rs.getString(9),
                jdbc.instant(rs, 10), jdbc.instant(rs, 11), rs.getLong(12));
    }

    @Override
    public List<PostTarget> targetsOf(String postId) {
        return jdbc.query("SELECT " + TARGET_COLUMNS + " FROM post_target WHERE post_id = ? ORDER BY scheduled_at",
                st -> st.setString(1, postId), rs -> new PostTarget(rs.getString(1), rs.getString(2), rs.getString(3),
                        jdbc.instant(rs, 4), rs.getString(5), rs.getLong(6)));
    }

    @Override
    public List<PostVariant> variantsOf(String postId) {
        return jdbc.query("SELECT id, post_id, account_id, body, version FROM post_variant WHERE post_id = ?",
                st -> st.setString(1, postId), rs -> new PostVariant(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)));
    }

    @Override
    public List<CalendarEntry> calendarEntries(Instant from, Instant to) {
        // Accounts are few: one small query instead of a join and three columns per row (see docs/performance.md).
        Map<String, Account> accounts = new HashMap<>();
        jdbc.query("SELECT " + JdbcAccountRepository.COLUMNS + " FROM account", st -> { }, JdbcAccountRepository::map)
                .forEach(a -> accounts.put(a.id(), a));
        return jdbc.query(calendarQuery, st -> {
            jdbc.setInstant(st, 1, from);
            jdbc.setInstant(st, 2, to);
        }, rs -> {
            Account a = accounts.get(rs.getString(4));
            return new CalendarEntry(rs.getString(1), rs.getString(2), rs.getString(3), a.id(), rs.getString(5),
                    Codes.state(rs.getString(6)), Codes.contentType(rs.getString(7)), a.channel(), a.handle(), a.zone(),
                    jdbc.instant(rs, 8), rs.getLong(9), rs.getString(10), rs.getString(11),
                    rs.getString(12), rs.getString(13), rs.getInt(14), rs.getInt(15), rs.getBoolean(16));
        });
    }

    @Override
    public List<String> idsInState(WorkflowState state) {
        return jdbc.query("SELECT id FROM post WHERE state = ? ORDER BY created_at, id", st -> st.setString(1, state.code()),
                rs -> rs.getString(1));
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT count(*) FROM post");
    }

    @Override
    public Map<WorkflowState, Long> countByState() {
        Map<WorkflowState, Long> counts = new EnumMap<>(WorkflowState.class);
        for (WorkflowState s : WorkflowState.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("SELECT state, count(*) FROM post GROUP BY state", st -> { },
                rs -> counts.put(Codes.state(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    @Override
    public void detachFromSeries(String targetId) {
        jdbc.update("UPDATE post_target SET detached = TRUE WHERE id = ? AND series_slot IS NOT NULL",
                st -> st.setString(1, targetId));
    }
}
