package id.warta.service;

import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.WorkflowState;
import java.time.Instant;

/**
 * One publication with everything an exported event shows, read in one query.
 *
 * @param text        the account's variant text when there is one, else the post's body
 * @param approver    display name of the latest approving reviewer, or {@code null}
 * @param postUpdated when the post last changed; for a cancelled post, when it was cancelled
 */
public record ExportRow(String targetId, String postId, String clientId, String clientName, String clientShortName,
                        String campaignId, String campaignName, String title, String text, WorkflowState state,
                        ContentType contentType, String accountId, String handle, Channel channel, AccountZone zone,
                        Instant scheduledAt, String liveUrl, String approver, Instant postUpdated) {
}
