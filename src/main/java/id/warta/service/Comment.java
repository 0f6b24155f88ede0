package id.warta.service;

import java.time.Instant;
import java.util.Objects;

/** A remark on a post; reviewer-only notes are hidden from staff. */
public record Comment(String id, String postId, String authorId, String body, boolean reviewerOnly, Instant createdAt) {
    public static final int MAX_LENGTH = 5_000;

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(createdAt, "createdAt");
        body = body == null ? "" : body.strip();
        if (body.isEmpty() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A comment has 1 to " + MAX_LENGTH + " characters");
        }
    }
}
