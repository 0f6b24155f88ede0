package id.warta.domain;

import java.time.Instant;

/**
 * What a calendar shows for one publication: a flat read model joined from post, target and account.
 * {@code targetVersion} is the publication row's version, so a move from the calendar can be refused
 * when someone else moved it first. The campaign and author (ids and names, {@code null} when the
 * post has none) feed the calendar's filters; {@code blockingFindings} and {@code advisoryFindings}
 * are the counts of the post's latest ethics check (0 when it was never checked). {@code recurring}
 * marks an occurrence of a recurring post.
 */
public record CalendarEntry(String targetId, String postId, String clientId, String accountId, String title,
                            WorkflowState state, ContentType contentType, Channel channel, String handle,
                            AccountZone zone, Instant scheduledAt, long targetVersion, String campaignId,
                            String campaignName, String authorId, String authorName, int blockingFindings,
                            int advisoryFindings, boolean recurring) {

    /** A one-off publication without campaign, author or check result. */
    public CalendarEntry(String targetId, String postId, String clientId, String accountId, String title,
                         WorkflowState state, ContentType contentType, Channel channel, String handle,
                         AccountZone zone, Instant scheduledAt, long targetVersion) {
        this(targetId, postId, clientId, accountId, title, state, contentType, channel, handle, zone, scheduledAt,
                targetVersion, null, null, null, null, 0, 0, false);
    }
}
