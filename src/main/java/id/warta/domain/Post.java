package id.warta.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A piece of content for one client. Where and when it appears is in its {@link PostTarget}s;
 * per-account wording is in its {@link PostVariant}s.
 */
public record Post(String id, String clientId, String campaignId, String title, String body,
                   ContentType contentType, WorkflowState state, List<String> hashtags, List<MediaRef> media,
                   String authorId, Instant createdAt, Instant updatedAt, long version) {

    /** Longest body Warta stores; longer texts are refused rather than truncated. */
    public static final int MAX_BODY_LENGTH = 200_000;
    public static final int MAX_TITLE_LENGTH = 300;

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Texts.requireNonBlank(title, "title");
        title = title.strip();
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("Title longer than " + MAX_TITLE_LENGTH + " characters");
        }
        body = body == null ? "" : body;
        if (body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("Body longer than " + MAX_BODY_LENGTH + " characters");
        }
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        media = media == null ? List.of() : List.copyOf(media);
    }

    public Post withState(WorkflowState newState, Instant at) {
        return new Post(id, clientId, campaignId, title, body, contentType, newState, hashtags, media, authorId,
                createdAt, at, version);
    }
}
