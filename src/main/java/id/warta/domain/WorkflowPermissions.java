package id.warta.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Who may make which workflow move, as a pure function of the user, the post, the user's client
 * assignments and the delegations in force. The services ask this; screens only mirror it.
 */
public final class WorkflowPermissions {
    private final WorkflowTransitions transitions;

    public WorkflowPermissions(WorkflowTransitions transitions) {
        this.transitions = transitions;
    }

    /** What the check decided; {@code onBehalfOf} names the supervisor when a delegation was used. */
    public record Decision(Optional<PermissionDenied> denied, Optional<String> onBehalfOf, boolean selfApproval) {
        public boolean allowed() {
            return denied.isEmpty();
        }

        static Decision deny(PermissionDenied why) {
            return new Decision(Optional.of(why), Optional.empty(), false);
        }

        static Decision allow() {
            return new Decision(Optional.empty(), Optional.empty(), false);
        }
    }

    /**
     * @param assignedClients      clients the user is assigned to
     * @param delegationsToUser    delegations whose {@code toUserId} is the user (active or not)
     * @param selfApprovalAllowed  the admin's switch for one-person offices
     */
    public Decision check(User user, Post post, WorkflowState target, Set<String> assignedClients,
                          Collection<Delegation> delegationsToUser, boolean selfApprovalAllowed, LocalDate today) {
        if (!user.active()) {
            return Decision.deny(PermissionDenied.INACTIVE_USER);
        }
        Optional<Transition> move = transitions.find(post.state(), target);
        if (move.isEmpty()) {
            return Decision.deny(PermissionDenied.TRANSITION_NOT_ALLOWED);
        }
        boolean admin = user.hasRole(Role.ADMIN);
        boolean assigned = admin || assignedClients.contains(post.clientId());
        boolean isAuthor = user.id().equals(post.authorId());
        return switch (move.get().actor()) {
            case SYSTEM -> Decision.deny(PermissionDenied.SYSTEM_ONLY);
            case ADMIN -> admin ? Decision.allow() : Decision.deny(PermissionDenied.ROLE_MISSING);
            case STAFF -> {
                if (!user.hasRole(Role.STAFF) && !admin) {
                    yield Decision.deny(PermissionDenied.ROLE_MISSING);
                }
                yield assigned ? Decision.allow() : Decision.deny(PermissionDenied.NOT_ASSIGNED);
            }
            case AUTHOR_OR_SUPERVISOR -> {
                boolean supervisor = user.hasRole(Role.SUPERVISOR) && assigned;
                yield isAuthor || supervisor || admin ? Decision.allow() : Decision.deny(PermissionDenied.NOT_AUTHOR);
            }
            case REVIEWER -> reviewer(user, post, assignedClients, delegationsToUser, selfApprovalAllowed, today, isAuthor);
        };
    }

    private Decision reviewer(User user, Post post, Set<String> assignedClients, Collection<Delegation> delegations,
                              boolean selfApprovalAllowed, LocalDate today, boolean isAuthor) {
        boolean ownRight = user.hasRole(Role.SUPERVISOR) && assignedClients.contains(post.clientId());
        Optional<Delegation> delegated = delegations.stream()
                .filter(d -> d.toUserId().equals(user.id()) && d.clientId().equals(post.clientId()) && d.isActiveOn(today))
                .findFirst();
        if (!ownRight && delegated.isEmpty()) {
            return Decision.deny(user.hasRole(Role.SUPERVISOR) ? PermissionDenied.NOT_ASSIGNED : PermissionDenied.ROLE_MISSING);
        }
        if (isAuthor && !selfApprovalAllowed) {
            return Decision.deny(PermissionDenied.OWN_POST);
        }
        Optional<String> onBehalfOf = ownRight ? Optional.empty() : delegated.map(Delegation::fromUserId);
        return new Decision(Optional.empty(), onBehalfOf, isAuthor);
    }
}
