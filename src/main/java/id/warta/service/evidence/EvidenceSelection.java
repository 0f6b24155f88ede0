package id.warta.service.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.domain.AuditEntry;
import id.warta.service.EvidenceScope;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Which entries an export holds. For a post: entries about the post itself and entries about
 * its parts (publications, comments, decisions) whose snapshot names it as {@code postId}.
 * For dates: entries made from the first day's midnight to the end of the last day, in the zone.
 */
public final class EvidenceSelection {
    private final ObjectMapper json = new ObjectMapper();

    public List<AuditEntry> select(List<AuditEntry> all, EvidenceScope scope, ZoneId zone) {
        if (scope.isPost()) {
            return all.stream().filter(e -> concernsPost(e, scope.postId())).toList();
        }
        Instant start = scope.from().atStartOfDay(zone).toInstant();
        Instant end = scope.to().plusDays(1).atStartOfDay(zone).toInstant();
        return all.stream().filter(e -> !e.at().isBefore(start) && e.at().isBefore(end)).toList();
    }

    private boolean concernsPost(AuditEntry e, String postId) {
        if ("post".equals(e.entityType()) && postId.equals(e.entityId())) {
            return true;
        }
        return namesPost(e.before(), postId) || namesPost(e.after(), postId);
    }

    private boolean namesPost(String snapshot, String postId) {
        // Parsing only snapshots that contain the id keeps a post export fast on a long chain.
        if (!snapshot.contains(postId)) {
            return false;
        }
        try {
            JsonNode node = json.readTree(snapshot);
            return node != null && node.findValuesAsText("postId").contains(postId);
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }
}
