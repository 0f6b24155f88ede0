package id.warta.domain;

import java.time.Instant;

/**
 * What a calendar shows for one publication: a flat read model joined from post, target and account.
 * {@code targetVersion} is the publication row's version, so a move from the calendar can be refused
 * when someone else moved it first. {@code recurring} marks an occurrence of a recurring post.
 */
public record CalendarEntry(String targetId, String postId, String clientId, String accountId, String title,
                            WorkflowState state, ContentType contentType, Channel channel, String handle,
                            AccountZone zone, Instant scheduledAt, long targetVersion, boolean recurring) {

    /** A one-off publication. */
    public CalendarEntry(String targetId, String postId, String clientId, String accountId, String title,
                         WorkflowState state, ContentType contentType, Channel channel, String handle,
                         AccountZone zone, Instant scheduledAt, long targetVersion) {
        this(targetId, postId, clientId, accountId, title, state, contentType, channel, handle, zone, scheduledAt,
                targetVersion, false);
    }
}
