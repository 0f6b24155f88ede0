package id.warta.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The state of a post; codes are the lower-case names used in data, the command line and exports. */
public enum WorkflowState {
    IDEA("idea"),
    DRAFT("draft"),
    IN_REVIEW("in_review"),
    CHANGES_REQUESTED("changes_requested"),
    REJECTED("rejected"),
    APPROVED("approved"),
    SCHEDULED("scheduled"),
    PUBLISHED("published"),
    CANCELLED("cancelled");

    /** Reading rows calls this for every row of a month, so it is a map rather than a scan. */
    private static final Map<String, WorkflowState> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(v -> v.code, v -> v));

    private final String code;

    WorkflowState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isTerminal() {
        return this == PUBLISHED || this == CANCELLED;
    }

    public static Optional<WorkflowState> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(Locale.ROOT)));
    }
}
