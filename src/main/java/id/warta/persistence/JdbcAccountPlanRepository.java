package id.warta.persistence;

import id.warta.domain.AccountPlan;
import id.warta.domain.PostingHours;
import id.warta.service.AccountPlanRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

public final class JdbcAccountPlanRepository implements AccountPlanRepository {
    private static final String COLUMNS = "account_id, hours_from, hours_to, posts_per_week";
    private final Jdbc jdbc;

    public JdbcAccountPlanRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void save(AccountPlan plan) {
        if (plan.isEmpty()) {
            jdbc.update("DELETE FROM account_plan WHERE account_id = ?", st -> st.setString(1, plan.accountId()));
            return;
        }
        jdbc.update("INSERT INTO account_plan(account_id, hours_from, hours_to, posts_per_week) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(account_id) DO UPDATE SET hours_from = excluded.hours_from, "
                + "hours_to = excluded.hours_to, posts_per_week = excluded.posts_per_week", st -> {
                    st.setString(1, plan.accountId());
                    st.setString(2, plan.hours() == null ? null : plan.hours().from().toString());
                    st.setString(3, plan.hours() == null ? null : plan.hours().to().toString());
                    if (plan.postsPerWeek() == null) {
                        st.setNull(4, Types.INTEGER);
                    } else {
                        st.setInt(4, plan.postsPerWeek());
                    }
                });
    }

    @Override
    public Optional<AccountPlan> find(String accountId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM account_plan WHERE account_id = ?",
                st -> st.setString(1, accountId), JdbcAccountPlanRepository::map);
    }

    @Override
    public List<AccountPlan> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account_plan ORDER BY account_id", st -> { },
                JdbcAccountPlanRepository::map);
    }

    private static AccountPlan map(ResultSet rs) throws SQLException {
        String from = rs.getString(2);
        String to = rs.getString(3);
        int perWeek = rs.getInt(4);
        Integer cadence = rs.wasNull() ? null : perWeek;
        PostingHours hours = from == null || to == null ? null
                : new PostingHours(LocalTime.parse(from), LocalTime.parse(to));
        return new AccountPlan(rs.getString(1), hours, cadence);
    }
}
