package id.warta.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** How the publications of a period divide by content type, channel and client. */
public record ContentMix(Map<ContentType, Integer> byType, Map<Channel, Integer> byChannel,
                         Map<String, Integer> byClient, int total) {
    public ContentMix {
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        byChannel = Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
        byClient = Collections.unmodifiableMap(new LinkedHashMap<>(byClient));
    }

    /** Counts {@code entries}; {@code clientName} turns a client id into the name the chart shows. */
    public static ContentMix of(Collection<CalendarEntry> entries, Function<String, String> clientName) {
        Map<ContentType, Integer> types = new TreeMap<>();
        Map<Channel, Integer> channels = new TreeMap<>();
        Map<String, Integer> clients = new TreeMap<>();
        for (CalendarEntry e : entries) {
            types.merge(e.contentType(), 1, Integer::sum);
            channels.merge(e.channel(), 1, Integer::sum);
            clients.merge(clientName.apply(e.clientId()), 1, Integer::sum);
        }
        return new ContentMix(types, channels, clients, entries.size());
    }
}
