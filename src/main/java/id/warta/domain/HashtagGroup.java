package id.warta.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;

/** A named set of hashtags a client uses again and again, inserted into a post with one click. */
public record HashtagGroup(String id, String clientId, String name, List<String> tags, long version) {
    public HashtagGroup {
        Texts.requireNonBlank(id, "id");
        Texts.requireNonBlank(clientId, "clientId");
        name = name == null ? "" : name.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The hashtags in a typed text: words split on spaces and commas, each with one leading '#', no repeats (ignoring case). */
    public static List<String> parseTags(String text) {
        if (text == null) {
            return List.of();
        }
        // Platforms treat #Sehat and #sehat as one tag: the first spelling is kept.
        Map<String, String> tags = new LinkedHashMap<>();
        Arrays.stream(text.split("[\\s,]+")).map(s -> s.replaceFirst("^#+", "")).filter(s -> !s.isBlank())
                .forEach(s -> tags.putIfAbsent(s.toLowerCase(Locale.ROOT), "#" + s));
        return List.copyOf(tags.values());
    }

    /** The tags as written into a post: separated by spaces. */
    public String text() {
        return String.join(" ", tags);
    }
}
