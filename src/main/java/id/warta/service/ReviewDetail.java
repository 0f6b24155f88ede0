package id.warta.service;

import id.warta.domain.Account;
import id.warta.domain.FindingOverride;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.ReviewDecision;
import id.warta.domain.WordDiff;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a reviewer needs to decide on one post.
 *
 * @param changesSinceApproval word diff of title and body against the last approved text, empty when the post was
 *                             never approved or nothing changed
 */
public record ReviewDetail(Post post, List<PostTarget> targets, List<PostVariant> variants, Map<String, Account> accounts,
                           Optional<CheckRecord> check, List<FindingOverride> overrides, List<Comment> comments,
                           List<ReviewDecision> decisions, List<WordDiff.Segment> changesSinceApproval,
                           Map<String, String> userNames) {
    public ReviewDetail {
        targets = List.copyOf(targets);
        variants = List.copyOf(variants);
        accounts = Map.copyOf(accounts);
        overrides = List.copyOf(overrides);
        comments = List.copyOf(comments);
        decisions = List.copyOf(decisions);
        changesSinceApproval = List.copyOf(changesSinceApproval);
        userNames = Map.copyOf(userNames);
    }
}
