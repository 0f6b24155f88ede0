package id.warta.domain;

import java.util.Objects;

/** The wording of a post adapted for one account (shorter for X, with a hook for TikTok, ...). */
public record PostVariant(String id, String postId, String accountId, String body, long version) {
    public PostVariant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(accountId, "accountId");
        body = body == null ? "" : body;
        if (body.length() > Post.MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("Variant longer than " + Post.MAX_BODY_LENGTH + " characters");
        }
    }

    public static PostVariant create(String postId, String accountId, String body) {
        return new PostVariant(Ids.newId(), postId, accountId, body, 0);
    }
}
