package id.warta.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.domain.ChecklistAnswer;
import id.warta.domain.ReviewDecision;
import id.warta.domain.ReviewOutcome;
import id.warta.service.ReviewDecisionRepository;
import id.warta.service.StorageException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public final class JdbcReviewDecisionRepository implements ReviewDecisionRepository {
    private static final String COLUMNS = "id, post_id, reviewer_id, decision, comment, checklist, on_behalf_of, "
            + "self_approved, rule_pack, title, body, decided_at";
    private static final TypeReference<List<ChecklistAnswer>> ANSWERS = new TypeReference<>() { };

    private final Jdbc jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcReviewDecisionRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void add(ReviewDecision d) {
        String checklist;
        try {
            checklist = json.writeValueAsString(d.checklist());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store checklist: " + e.getMessage(), e);
        }
        jdbc.update("INSERT INTO review_decision(" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", st -> {
            st.setString(1, d.id());
            st.setString(2, d.postId());
            st.setString(3, d.reviewerId());
            st.setString(4, d.outcome().code());
            st.setString(5, d.comment());
            st.setString(6, checklist);
            st.setString(7, d.onBehalfOf());
            st.setBoolean(8, d.selfApproved());
            st.setString(9, d.rulePack());
            st.setString(10, d.title());
            st.setString(11, d.body());
            jdbc.setInstant(st, 12, d.decidedAt());
        });
    }

    @Override
    public List<ReviewDecision> of(String postId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM review_decision WHERE post_id = ? ORDER BY decided_at, " + jdbc.dialect().insertionOrder(),
                st -> st.setString(1, postId), this::map);
    }

    @Override
    public Optional<ReviewDecision> lastApprovalOf(String postId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM review_decision WHERE post_id = ? AND decision = 'approved' "
                + "ORDER BY decided_at DESC, " + jdbc.dialect().insertionOrder() + " DESC LIMIT 1", st -> st.setString(1, postId), this::map);
    }

    private ReviewDecision map(ResultSet rs) throws SQLException {
        List<ChecklistAnswer> answers;
        try {
            answers = json.readValue(rs.getString(6), ANSWERS);
        } catch (JsonProcessingException e) {
            throw new StorageException(StorageException.Reason.DAMAGED, "Unreadable checklist of decision "
                    + rs.getString(1), rs.getString(1));
        }
        ReviewOutcome outcome = ReviewOutcome.fromCode(rs.getString(4)).orElseThrow(() ->
                new IllegalStateException("Unknown decision code"));
        return new ReviewDecision(rs.getString(1), rs.getString(2), rs.getString(3), outcome, rs.getString(5), answers,
                rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getString(10), rs.getString(11),
                jdbc.instant(rs, 12));
    }
}
