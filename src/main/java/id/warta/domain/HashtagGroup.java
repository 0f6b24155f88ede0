package id.warta.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** A named set of hashtags a client uses again and again, inserted into a post with one click. */
public record HashtagGroup(String id, String clientId, String name, List<String> tags, long version) {
    public HashtagGroup {
        Texts.requireNonBlank(id, "id");
        Texts.requireNonBlank(clientId, "clientId");
        name = name == null ? "" : name.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The hashtags in a typed text: words split on spaces and commas, each with one leading '#', no repeats. */
    public static List<String> parseTags(String text) {
        if (text == null) {
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        Arrays.stream(text.split("[\\s,]+")).map(s -> s.replaceFirst("^#+", "")).filter(s -> !s.isBlank())
                .forEach(s -> tags.add("#" + s));
        return List.copyOf(tags);
    }

    /** The tags as written into a post: separated by spaces. */
    public String text() {
        return String.join(" ", tags);
    }
}
