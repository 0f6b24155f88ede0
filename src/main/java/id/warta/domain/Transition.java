package id.warta.domain;

import java.util.Objects;

/** One allowed move between workflow states and who may make it. */
public record Transition(WorkflowState from, WorkflowState to, TransitionActor actor) {
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
    }
}
