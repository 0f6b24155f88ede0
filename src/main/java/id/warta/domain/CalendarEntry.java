package id.warta.domain;

import java.time.Instant;

/**
 * What a calendar shows for one publication: a flat read model joined from post, target and account.
 * {@code targetVersion} is the publication row's version, so a move from the calendar can be refused
 * when someone else moved it first.
 */
public record CalendarEntry(String targetId, String postId, String clientId, String accountId, String title,
                            WorkflowState state, ContentType contentType, Channel channel, String handle,
                            AccountZone zone, Instant scheduledAt, long targetVersion) {
}
