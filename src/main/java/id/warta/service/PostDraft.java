package id.warta.service;

import id.warta.domain.ContentType;
import java.time.Instant;
import java.util.List;

/**
 * What the editor holds for one post: its text and where and when it goes out.
 *
 * @param postId  null for a post that was never saved
 * @param version the post's row version when it was opened (0 for a new post)
 */
public record PostDraft(String postId, long version, String clientId, String campaignId, String title, String body,
                        ContentType contentType, List<String> hashtags, List<TargetLine> targets) {

    public PostDraft {
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        targets = targets == null ? List.of() : List.copyOf(targets);
        body = body == null ? "" : body;
        title = title == null ? "" : title;
    }

    public boolean isNew() {
        return postId == null;
    }

    /** One publication: an account, its time, and the account's own wording (blank: the body is used). */
    public record TargetLine(String accountId, Instant scheduledAt, String variantText) {
        public TargetLine {
            variantText = variantText == null ? "" : variantText;
        }
    }
}
