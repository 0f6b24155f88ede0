package id.warta.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A supervisor's written decision that one blocking finding does not stand in the way of approval.
 * It is tied to the rule and the excerpt, so the same finding found again keeps its override, while
 * a new occurrence (other words) needs its own.
 */
public record FindingOverride(String id, String postId, String ruleId, String excerpt, String reason, String userId,
                              String rulePack, Instant createdAt) {
    public static final int MIN_REASON_LENGTH = 10;
    public static final int MAX_REASON_LENGTH = 2_000;

    public FindingOverride {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Texts.requireNonBlank(ruleId, "ruleId");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(createdAt, "createdAt");
        reason = reason == null ? "" : reason.strip();
        if (reason.length() < MIN_REASON_LENGTH || reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("An override reason has " + MIN_REASON_LENGTH + " to "
                    + MAX_REASON_LENGTH + " characters");
        }
        rulePack = rulePack == null ? "" : rulePack;
    }

    public boolean covers(Finding finding) {
        return finding.ruleId().equals(ruleId) && finding.excerpt().equals(excerpt);
    }
}
