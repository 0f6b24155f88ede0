package id.warta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every transition of the standard table, tried by every kind of user. */
class WorkflowPermissionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String CLIENT = "client-1";
    private static final WorkflowPermissions PERMISSIONS = new WorkflowPermissions(WorkflowTransitions.standard());

    /** The people who try each move; the post is always written by {@code AUTHOR}. */
    enum Persona {
        AUTHOR(EnumSet.of(Role.STAFF), true),
        OTHER_STAFF(EnumSet.of(Role.STAFF), true),
        UNASSIGNED_STAFF(EnumSet.of(Role.STAFF), false),
        SUPERVISOR(EnumSet.of(Role.SUPERVISOR), true),
        UNASSIGNED_SUPERVISOR(EnumSet.of(Role.SUPERVISOR), false),
        DELEGATE(EnumSet.of(Role.STAFF), false),
        EXPIRED_DELEGATE(EnumSet.of(Role.STAFF), false),
        ADMIN(EnumSet.of(Role.ADMIN), false),
        INACTIVE_SUPERVISOR(EnumSet.of(Role.SUPERVISOR), true);

        final Set<Role> roles;
        final boolean assigned;

        Persona(Set<Role> roles, boolean assigned) {
            this.roles = roles;
            this.assigned = assigned;
        }
    }

    /** Written out by hand, not derived from the code under test: who may make a move of each kind. */
    private static final Map<TransitionActor, Set<Persona>> ALLOWED = Map.of(
            TransitionActor.STAFF, EnumSet.of(Persona.AUTHOR, Persona.OTHER_STAFF, Persona.ADMIN),
            TransitionActor.REVIEWER, EnumSet.of(Persona.SUPERVISOR, Persona.DELEGATE),
            TransitionActor.ADMIN, EnumSet.of(Persona.ADMIN),
            TransitionActor.AUTHOR_OR_SUPERVISOR, EnumSet.of(Persona.AUTHOR, Persona.SUPERVISOR, Persona.ADMIN),
            TransitionActor.SYSTEM, EnumSet.noneOf(Persona.class));

    static Stream<Arguments> everyTransitionForEveryone() {
        List<Arguments> rows = new ArrayList<>();
        for (Transition t : WorkflowTransitions.standard().all()) {
            for (Persona p : Persona.values()) {
                rows.add(Arguments.of(t.from(), t.to(), t.actor(), p));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2}) by {3}")
    @MethodSource("everyTransitionForEveryone")
    void movesFollowTheTable(WorkflowState from, WorkflowState to, TransitionActor actor, Persona persona) {
        WorkflowPermissions.Decision decision = decide(persona, from, to, false);
        assertThat(decision.allowed()).as("%s by %s", actor, persona).isEqualTo(ALLOWED.get(actor).contains(persona));
        if (!decision.allowed()) {
            assertThat(decision.denied()).isPresent();
        }
    }

    @Test
    void aMoveThatIsNotInTheTableIsRefusedEvenToAnAdmin() {
        for (WorkflowState from : WorkflowState.values()) {
            for (WorkflowState to : WorkflowState.values()) {
                if (!WorkflowTransitions.standard().isAllowed(from, to)) {
                    assertThat(decide(Persona.ADMIN, from, to, false).denied())
                            .contains(PermissionDenied.TRANSITION_NOT_ALLOWED);
                }
            }
        }
    }

    @Test
    void anApprovalUnderADelegationNamesTheSupervisorItCameFrom() {
        var decision = decide(Persona.DELEGATE, WorkflowState.IN_REVIEW, WorkflowState.APPROVED, false);
        assertThat(decision.onBehalfOf()).contains("boss");
        assertThat(decide(Persona.SUPERVISOR, WorkflowState.IN_REVIEW, WorkflowState.APPROVED, false).onBehalfOf())
                .isEmpty();
    }

    @Test
    void nobodyApprovesTheirOwnPostUnlessTheOfficeAllowsItAndThenItIsMarked() {
        User authorSupervisor = new User("author", "a", "A", EnumSet.of(Role.STAFF, Role.SUPERVISOR), true, 1);
        Post post = post(WorkflowState.IN_REVIEW);
        var refused = PERMISSIONS.check(authorSupervisor, post, WorkflowState.APPROVED, Set.of(CLIENT), List.of(), false,
                TODAY);
        assertThat(refused.denied()).contains(PermissionDenied.OWN_POST);
        var allowed = PERMISSIONS.check(authorSupervisor, post, WorkflowState.APPROVED, Set.of(CLIENT), List.of(), true,
                TODAY);
        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.selfApproval()).isTrue();
    }

    @Test
    void theReasonsSayWhy() {
        assertThat(decide(Persona.UNASSIGNED_SUPERVISOR, WorkflowState.IN_REVIEW, WorkflowState.APPROVED, false).denied())
                .contains(PermissionDenied.NOT_ASSIGNED);
        assertThat(decide(Persona.OTHER_STAFF, WorkflowState.IN_REVIEW, WorkflowState.APPROVED, false).denied())
                .contains(PermissionDenied.ROLE_MISSING);
        assertThat(decide(Persona.INACTIVE_SUPERVISOR, WorkflowState.IN_REVIEW, WorkflowState.APPROVED, false).denied())
                .contains(PermissionDenied.INACTIVE_USER);
        assertThat(decide(Persona.SUPERVISOR, WorkflowState.APPROVED, WorkflowState.IN_REVIEW, false).denied())
                .contains(PermissionDenied.SYSTEM_ONLY);
    }

    private static WorkflowPermissions.Decision decide(Persona persona, WorkflowState from, WorkflowState to,
                                                       boolean selfApproval) {
        User user = new User(persona == Persona.AUTHOR ? "author" : persona.name(), persona.name().toLowerCase(), null,
                persona.roles, persona != Persona.INACTIVE_SUPERVISOR, 1);
        List<Delegation> delegations = switch (persona) {
            case DELEGATE -> List.of(new Delegation("d1", "boss", user.id(), CLIENT, TODAY.minusDays(2),
                    TODAY.plusDays(2), false));
            case EXPIRED_DELEGATE -> List.of(new Delegation("d2", "boss", user.id(), CLIENT, TODAY.minusDays(9),
                    TODAY.minusDays(1), false));
            default -> List.of();
        };
        return PERMISSIONS.check(user, post(from), to, persona.assigned ? Set.of(CLIENT) : Set.of(), delegations,
                selfApproval, TODAY);
    }

    private static Post post(WorkflowState state) {
        Instant t = Instant.parse("2026-12-01T01:00:00Z");
        return new Post("p1", CLIENT, null, "Judul", "Isi", ContentType.ANNOUNCEMENT, state, List.of(), List.of(),
                "author", t, t, 1);
    }
}
