package id.warta.service;

import id.warta.domain.Ids;
import id.warta.ethics.WatchTermCheck;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One term on a client's list: a watch term (names of candidates and parties in an upcoming
 * election, sensitive projects, words the client avoids) or an allow term (never flagged).
 */
public record WatchEntry(String id, String clientId, String term, Kind kind, long version) {

    /** The kind decides the list and, for watch terms, the category of the finding. */
    public enum Kind {
        CANDIDATE("candidate"), PARTY("party"), SENSITIVE_PROJECT("sensitive_project"), AVOIDED_WORD("avoided_word"),
        ALLOW("allow");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public boolean isAllow() {
            return this == ALLOW;
        }

        public static Optional<Kind> fromCode(String code) {
            return Arrays.stream(values()).filter(k -> k.code.equals(code == null ? "" : code.toLowerCase(Locale.ROOT)))
                    .findFirst();
        }
    }

    /** Longest term accepted: a name or a phrase, not a paragraph. */
    public static final int MAX_TERM_LENGTH = WatchTermCheck.MAX_LENGTH;

    public WatchEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(kind, "kind");
        term = term == null ? "" : term.strip().replaceAll("\\s+", " ");
        if (term.isEmpty() || term.length() > MAX_TERM_LENGTH) {
            throw new IllegalArgumentException("A term must have 1 to " + MAX_TERM_LENGTH + " characters");
        }
    }

    public static WatchEntry create(String clientId, String term, Kind kind) {
        return new WatchEntry(Ids.newId(), clientId, term, kind, 0);
    }
}
