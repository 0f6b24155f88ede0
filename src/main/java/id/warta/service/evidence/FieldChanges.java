package id.warta.service.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields that differ between an entry's before and after snapshots, so a reader sees
 * "state: in_review → approved" instead of two walls of JSON. Snapshots that are not JSON objects
 * give no field list; the report then shows them as they are.
 */
final class FieldChanges {
    /** One changed field; an empty side means the field was absent. */
    record Change(String field, String before, String after) {
    }

    private final ObjectMapper json;

    FieldChanges(ObjectMapper json) {
        this.json = json;
    }

    Optional<List<Change>> between(String before, String after) {
        Optional<JsonNode> b = object(before);
        Optional<JsonNode> a = object(after);
        if ((b.isEmpty() && !before.isEmpty()) || (a.isEmpty() && !after.isEmpty()) || (b.isEmpty() && a.isEmpty())) {
            return Optional.empty();
        }
        Set<String> fields = new LinkedHashSet<>();
        b.ifPresent(n -> n.fieldNames().forEachRemaining(fields::add));
        a.ifPresent(n -> n.fieldNames().forEachRemaining(fields::add));
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = b.map(n -> n.get(field)).map(FieldChanges::text).orElse("");
            String now = a.map(n -> n.get(field)).map(FieldChanges::text).orElse("");
            if (!Objects.equals(was, now)) {
                changes.add(new Change(field, was, now));
            }
        }
        return Optional.of(changes);
    }

    private Optional<JsonNode> object(String text) {
        if (text.isBlank() || text.charAt(0) != '{') {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
