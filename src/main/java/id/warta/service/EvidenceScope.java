package id.warta.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * What an evidence export covers: every entry about one post, or every entry of a date range
 * (inclusive, in the office's zone).
 */
public record EvidenceScope(String postId, LocalDate from, LocalDate to) {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    public EvidenceScope {
        if ((postId == null) == (from == null || to == null)) {
            throw new IllegalArgumentException("An evidence scope is either a post or a date range");
        }
    }

    public static EvidenceScope post(String postId) {
        String id = Objects.requireNonNull(postId, "postId").strip();
        if (id.isEmpty()) {
            throw new EvidenceException(EvidenceException.Reason.NO_POST);
        }
        return new EvidenceScope(id, null, null);
    }

    /** @throws EvidenceException when {@code from} lies after {@code to} */
    public static EvidenceScope dates(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new EvidenceException(EvidenceException.Reason.BAD_RANGE, from.toString(), to.toString());
        }
        return new EvidenceScope(null, from, to);
    }

    public boolean isPost() {
        return postId != null;
    }

    /** A short file-name-safe tag: {@code post-<id>} or {@code 20261101-20261130}. */
    public String tag() {
        if (isPost()) {
            String safe = postId.replaceAll("[^A-Za-z0-9_-]", "_");
            return "post-" + (safe.length() > 40 ? safe.substring(0, 40) : safe);
        }
        return COMPACT.format(from) + "-" + COMPACT.format(to);
    }
}
