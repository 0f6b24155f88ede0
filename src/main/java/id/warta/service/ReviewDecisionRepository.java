package id.warta.service;

import id.warta.domain.ReviewDecision;
import java.util.List;
import java.util.Optional;

public interface ReviewDecisionRepository {
    void add(ReviewDecision decision);

    /** Oldest first. */
    List<ReviewDecision> of(String postId);

    Optional<ReviewDecision> lastApprovalOf(String postId);
}
