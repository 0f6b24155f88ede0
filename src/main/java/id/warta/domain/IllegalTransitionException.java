package id.warta.domain;

/** A move between two workflow states that the transition table does not allow. */
public final class IllegalTransitionException extends RuntimeException {
    private final WorkflowState from;
    private final WorkflowState to;

    public IllegalTransitionException(WorkflowState from, WorkflowState to) {
        super("Transition not allowed: " + from.code() + " -> " + to.code());
        this.from = from;
        this.to = to;
    }

    public WorkflowState from() {
        return from;
    }

    public WorkflowState to() {
        return to;
    }
}
