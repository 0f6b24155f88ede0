package id.warta.ui.calendar;

import id.warta.domain.CalendarEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The campaign and author filters offer what the loaded period holds (of the chosen client), so the
 * list stays short; the current choice stays in the list even when the period has none of it.
 */
final class PeriodChoices {
    private PeriodChoices() {
    }

    static List<FilterChoice<String>> campaigns(List<CalendarEntry> loaded, String clientId, FilterChoice<String> all,
                                                FilterChoice<String> current) {
        return choices(loaded, clientId, all, current, CalendarEntry::campaignId, CalendarEntry::campaignName);
    }

    static List<FilterChoice<String>> authors(List<CalendarEntry> loaded, String clientId, FilterChoice<String> all,
                                              FilterChoice<String> current) {
        return choices(loaded, clientId, all, current, CalendarEntry::authorId, CalendarEntry::authorName);
    }

    private static List<FilterChoice<String>> choices(List<CalendarEntry> loaded, String clientId,
                                                      FilterChoice<String> all, FilterChoice<String> current,
                                                      Function<CalendarEntry, String> id,
                                                      Function<CalendarEntry, String> name) {
        Map<String, FilterChoice<String>> found = new LinkedHashMap<>();
        for (CalendarEntry e : loaded) {
            String value = id.apply(e);
            if (value != null && (clientId == null || clientId.equals(e.clientId()))) {
                String label = name.apply(e);
                found.putIfAbsent(value, new FilterChoice<>(value, label == null || label.isBlank() ? value : label));
            }
        }
        if (current != null && !current.isAll()) {
            found.putIfAbsent(current.value(), current);
        }
        List<FilterChoice<String>> list = new ArrayList<>();
        list.add(all);
        found.values().stream().sorted(Comparator.comparing(FilterChoice<String>::label, String.CASE_INSENSITIVE_ORDER))
                .forEach(list::add);
        return list;
    }
}
