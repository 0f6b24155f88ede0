package id.warta.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reviewer's decision on a post, with the text it was about: an approval keeps the title and body
 * it approved, so a later edit can be shown to the next reviewer as a word-level diff.
 *
 * @param onBehalfOf   the supervisor whose delegation was used, or null
 * @param selfApproved true when the author approved their own post under the one-person-office setting
 */
public record ReviewDecision(String id, String postId, String reviewerId, ReviewOutcome outcome, String comment,
                             List<ChecklistAnswer> checklist, String onBehalfOf, boolean selfApproved,
                             String rulePack, String title, String body, Instant decidedAt) {
    public ReviewDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
        comment = comment == null ? "" : comment.strip();
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        rulePack = rulePack == null ? "" : rulePack;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }
}
