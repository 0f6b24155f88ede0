package id.warta.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workflow's transition table: the one place that says which state may follow which, and who
 * may make the move. Everything else (services, screens, the command line) asks this table.
 */
public final class WorkflowTransitions {

    private final List<Transition> table;

    private WorkflowTransitions(List<Transition> table) {
        this.table = List.copyOf(table);
    }

    /** The standard Warta workflow (DESIGN.md, "Workflow and content"). */
    public static WorkflowTransitions standard() {
        List<Transition> t = new ArrayList<>();
        t.add(new Transition(WorkflowState.IDEA, WorkflowState.DRAFT, TransitionActor.STAFF));
        t.add(new Transition(WorkflowState.DRAFT, WorkflowState.IN_REVIEW, TransitionActor.STAFF));
        t.add(new Transition(WorkflowState.CHANGES_REQUESTED, WorkflowState.IN_REVIEW, TransitionActor.STAFF));
        t.add(new Transition(WorkflowState.IN_REVIEW, WorkflowState.APPROVED, TransitionActor.REVIEWER));
        t.add(new Transition(WorkflowState.IN_REVIEW, WorkflowState.CHANGES_REQUESTED, TransitionActor.REVIEWER));
        t.add(new Transition(WorkflowState.IN_REVIEW, WorkflowState.REJECTED, TransitionActor.REVIEWER));
        t.add(new Transition(WorkflowState.APPROVED, WorkflowState.SCHEDULED, TransitionActor.STAFF));
        t.add(new Transition(WorkflowState.SCHEDULED, WorkflowState.PUBLISHED, TransitionActor.STAFF));
        t.add(new Transition(WorkflowState.APPROVED, WorkflowState.IN_REVIEW, TransitionActor.SYSTEM));
        t.add(new Transition(WorkflowState.SCHEDULED, WorkflowState.IN_REVIEW, TransitionActor.SYSTEM));
        t.add(new Transition(WorkflowState.REJECTED, WorkflowState.DRAFT, TransitionActor.ADMIN));
        for (WorkflowState from : WorkflowState.values()) {
            if (from != WorkflowState.PUBLISHED && from != WorkflowState.CANCELLED) {
                t.add(new Transition(from, WorkflowState.CANCELLED, TransitionActor.AUTHOR_OR_SUPERVISOR));
            }
        }
        return new WorkflowTransitions(t);
    }

    public List<Transition> all() {
        return table;
    }

    public Optional<Transition> find(WorkflowState from, WorkflowState to) {
        return table.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    public boolean isAllowed(WorkflowState from, WorkflowState to) {
        return find(from, to).isPresent();
    }

    /** The states reachable from {@code from} in one step, whoever makes the move. */
    public Set<WorkflowState> targetsFrom(WorkflowState from) {
        Set<WorkflowState> targets = table.stream()
                .filter(t -> t.from() == from)
                .map(Transition::to)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkflowState.class)));
        return Set.copyOf(targets);
    }

    /**
     * Checks a move and returns its transition.
     *
     * @throws IllegalTransitionException when the table has no such move
     */
    public Transition require(WorkflowState from, WorkflowState to) {
        return find(from, to).orElseThrow(() -> new IllegalTransitionException(from, to));
    }
}
