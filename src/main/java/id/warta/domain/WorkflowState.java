package id.warta.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
