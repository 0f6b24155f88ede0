package id.warta.domain;

import java.time.Instant;
import java.util.Objects;

/** A publication: one post on one account at one time. Once published it carries the live URL. */
public record PostTarget(String id, String postId, String accountId, Instant scheduledAt, String liveUrl,
                         long version) {
    /** Publication times outside this window are typing slips (year 20266), not plans. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    public PostTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        if (scheduledAt.isBefore(EARLIEST) || !scheduledAt.isBefore(LATEST)) {
            throw new IllegalArgumentException("Publication time out of range: " + scheduledAt);
        }
    }

    public static PostTarget create(String postId, String accountId, Instant scheduledAt) {
        return new PostTarget(Ids.newId(), postId, accountId, scheduledAt, null, 0);
    }
}
