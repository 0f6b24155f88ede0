package id.warta.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a reviewer decided; the code is what the database stores. */
public enum ReviewOutcome {
    APPROVED("approved", WorkflowState.APPROVED),
    CHANGES_REQUESTED("changes_requested", WorkflowState.CHANGES_REQUESTED),
    REJECTED("rejected", WorkflowState.REJECTED);

    private final String code;
    private final WorkflowState resultingState;

    ReviewOutcome(String code, WorkflowState resultingState) {
        this.code = code;
        this.resultingState = resultingState;
    }

    public String code() {
        return code;
    }

    public WorkflowState resultingState() {
        return resultingState;
    }

    public static Optional<ReviewOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
