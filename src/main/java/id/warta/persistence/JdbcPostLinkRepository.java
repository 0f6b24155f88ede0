package id.warta.persistence;

import id.warta.domain.UtmLink;
import id.warta.service.PostLinkRepository;
import java.util.Optional;

public final class JdbcPostLinkRepository implements PostLinkRepository {
    private final Jdbc jdbc;

    public JdbcPostLinkRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Optional<UtmLink> of(String postId) {
        return jdbc.queryOne("SELECT url, utm_source, utm_medium, utm_campaign FROM post_link WHERE post_id = ?",
                st -> st.setString(1, postId),
                rs -> new UtmLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    @Override
    public void save(String postId, UtmLink link) {
        if (link == null || link.isEmpty()) {
            jdbc.update("DELETE FROM post_link WHERE post_id = ?", st -> st.setString(1, postId));
            return;
        }
        jdbc.update("INSERT INTO post_link(post_id, url, utm_source, utm_medium, utm_campaign) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (post_id) DO UPDATE SET url = excluded.url, utm_source = excluded.utm_source, "
                + "utm_medium = excluded.utm_medium, utm_campaign = excluded.utm_campaign", st -> {
                    st.setString(1, postId);
                    st.setString(2, link.url());
                    st.setString(3, link.source());
                    st.setString(4, link.medium());
                    st.setString(5, link.campaign());
                });
    }
}
