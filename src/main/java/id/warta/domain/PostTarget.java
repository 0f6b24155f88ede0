package id.warta.domain;

import java.time.Instant;
import java.util.Objects;

/** A publication: one post on one account at one time. Once published it carries the live URL. */
public record PostTarget(String id, String postId, String accountId, Instant scheduledAt, String liveUrl,
                         long version) {
    public PostTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
    }

    public static PostTarget create(String postId, String accountId, Instant scheduledAt) {
        return new PostTarget(Ids.newId(), postId, accountId, scheduledAt, null, 0);
    }
}
