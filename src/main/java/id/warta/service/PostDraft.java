package id.warta.service;

import id.warta.domain.ContentType;
import id.warta.domain.MediaRef;
import id.warta.domain.UtmLink;
import java.time.Instant;
import java.util.List;

/**
 * What the editor holds for one post: its text, media, link and where and when it goes out.
 *
 * @param postId  null for a post that was never saved
 * @param version the post's row version when it was opened (0 for a new post)
 * @param media   attached media in order, as stored references
 * @param link    the post's link with its UTM parameters ({@link UtmLink#NONE} for none)
 * @param notes   the team's internal notes; never published (empty for none)
 */
public record PostDraft(String postId, long version, String clientId, String campaignId, String title, String body,
                        ContentType contentType, List<String> hashtags, List<TargetLine> targets,
                        List<MediaRef> media, UtmLink link, String notes) {

    /** Notes are for a few lines of context; a pasted document belongs in the post's media or elsewhere. */
    public static final int MAX_NOTES_LENGTH = 20_000;

    public PostDraft {
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        targets = targets == null ? List.of() : List.copyOf(targets);
        media = media == null ? List.of() : List.copyOf(media);
        link = link == null ? UtmLink.NONE : link;
        body = body == null ? "" : body;
        title = title == null ? "" : title;
        notes = notes == null ? "" : notes;
    }

    /** A draft without notes. */
    public PostDraft(String postId, long version, String clientId, String campaignId, String title, String body,
                     ContentType contentType, List<String> hashtags, List<TargetLine> targets,
                     List<MediaRef> media, UtmLink link) {
        this(postId, version, clientId, campaignId, title, body, contentType, hashtags, targets, media, link, "");
    }

    /** A draft without media or link. */
    public PostDraft(String postId, long version, String clientId, String campaignId, String title, String body,
                     ContentType contentType, List<String> hashtags, List<TargetLine> targets) {
        this(postId, version, clientId, campaignId, title, body, contentType, hashtags, targets, List.of(),
                UtmLink.NONE);
    }

    public boolean isNew() {
        return postId == null;
    }

    /** The same draft as saved under another id and version. */
    public PostDraft saved(String id, long newVersion) {
        return new PostDraft(id, newVersion, clientId, campaignId, title, body, contentType, hashtags, targets, media,
                link, notes);
    }

    /** One publication: an account, its time, and the account's own wording (blank: the body is used). */
    public record TargetLine(String accountId, Instant scheduledAt, String variantText) {
        public TargetLine {
            variantText = variantText == null ? "" : variantText;
        }
    }
}
