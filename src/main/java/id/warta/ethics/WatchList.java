package id.warta.ethics;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client's own additions to the rule pack: terms to watch for and terms that must never be
 * flagged (the agency's own numbers, e-mail boxes, handles, domains, local names).
 */
public record WatchList(List<WatchTerm> terms, Set<String> allowTerms) {
    public static final WatchList EMPTY = new WatchList(List.of(), Set.of());

    public WatchList {
        // Entries saved before a rule existed, or written by other tools, may be unusable: drop
        // them here so one bad row cannot flag every draft.
        terms = terms == null ? List.of() : terms.stream()
                .filter(t -> WatchTermCheck.problemOf(t.term(), false).isEmpty()).toList();
        allowTerms = allowTerms == null ? Set.of() : allowTerms.stream()
                .map(t -> t == null ? "" : t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<WatchTerm> termsOf(WatchTerm.Kind kind) {
        return terms.stream().filter(t -> t.kind() == kind).toList();
    }
}
