package id.warta.service;

import id.warta.domain.Finding;
import id.warta.domain.Verdict;
import java.time.Instant;
import java.util.List;

/** The result of checking a post, kept with the rule-pack version so an old approval can be explained. */
public record CheckRecord(String id, String postId, String rulePack, Instant checkedAt, Verdict verdict,
                          List<Finding> findings) {
    public CheckRecord {
        findings = List.copyOf(findings);
    }
}
