package id.warta.ethics;

import java.util.Objects;

/** One entry of a client's watch list, matched as whole words like the lexicons. */
public record WatchTerm(String term, Kind kind) {
    /** Why the client watches the term; decides the category of the finding. */
    public enum Kind { CANDIDATE, PARTY, SENSITIVE_PROJECT, AVOIDED_WORD }

    public WatchTerm {
        Objects.requireNonNull(kind, "kind");
        term = term == null ? "" : term.strip();
    }
}
