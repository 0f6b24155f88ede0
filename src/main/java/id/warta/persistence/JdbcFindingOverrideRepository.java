package id.warta.persistence;

import id.warta.domain.FindingOverride;
import id.warta.service.FindingOverrideRepository;
import java.util.List;

public final class JdbcFindingOverrideRepository implements FindingOverrideRepository {
    private final Jdbc jdbc;

    public JdbcFindingOverrideRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void add(FindingOverride o) {
        jdbc.update("INSERT INTO finding_override(id, post_id, rule_id, excerpt, reason, user_id, rule_pack, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", st -> {
                    st.setString(1, o.id());
                    st.setString(2, o.postId());
                    st.setString(3, o.ruleId());
                    st.setString(4, o.excerpt());
                    st.setString(5, o.reason());
                    st.setString(6, o.userId());
                    st.setString(7, o.rulePack());
                    jdbc.setInstant(st, 8, o.createdAt());
                });
    }

    @Override
    public List<FindingOverride> of(String postId) {
        return jdbc.query("SELECT id, post_id, rule_id, excerpt, reason, user_id, rule_pack, created_at "
                + "FROM finding_override WHERE post_id = ? ORDER BY created_at, " + jdbc.dialect().insertionOrder(), st -> st.setString(1, postId),
                rs -> new FindingOverride(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), jdbc.instant(rs, 8)));
    }
}
