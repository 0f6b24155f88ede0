package id.warta.domain;

import java.time.Instant;

/** What a calendar shows for one publication: a flat read model joined from post, target and account. */
public record CalendarEntry(String targetId, String postId, String clientId, String accountId, String title,
                            WorkflowState state, ContentType contentType, Channel channel, String handle,
                            AccountZone zone, Instant scheduledAt) {
}
