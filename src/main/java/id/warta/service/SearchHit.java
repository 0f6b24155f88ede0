package id.warta.service;

import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.WorkflowState;
import java.time.Instant;

/**
 * One post found by full-text search, as the search list shows it: its first publication (time,
 * channel and account; all {@code null} for a post without publications), how many it has, and a
 * short excerpt around the match.
 */
public record SearchHit(String postId, String title, String clientId, String clientName, WorkflowState state,
                        Instant firstAt, Channel channel, String handle, AccountZone zone, int publications,
                        String excerpt) {
    public boolean isScheduled() {
        return firstAt != null;
    }
}
