package id.warta.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowTransitionsTest {
    private final WorkflowTransitions table = WorkflowTransitions.standard();

    @Test
    void reviewerDecidesOnlyFromInReview() {
        assertThat(table.targetsFrom(WorkflowState.IN_REVIEW)).containsExactlyInAnyOrder(
                WorkflowState.APPROVED, WorkflowState.CHANGES_REQUESTED, WorkflowState.REJECTED, WorkflowState.CANCELLED);
        assertThat(table.require(WorkflowState.IN_REVIEW, WorkflowState.APPROVED).actor())
                .isEqualTo(TransitionActor.REVIEWER);
    }

    @Test
    void draftCannotSkipReviewToApproved() {
        assertThat(table.isAllowed(WorkflowState.DRAFT, WorkflowState.APPROVED)).isFalse();
        assertThatThrownBy(() -> table.require(WorkflowState.DRAFT, WorkflowState.APPROVED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("draft -> approved");
    }

    @Test
    void ideaBecomesDraftAndChangesRequestedGoesBackToReview() {
        assertThat(table.isAllowed(WorkflowState.IDEA, WorkflowState.DRAFT)).isTrue();
        assertThat(table.isAllowed(WorkflowState.CHANGES_REQUESTED, WorkflowState.IN_REVIEW)).isTrue();
        assertThat(table.isAllowed(WorkflowState.IDEA, WorkflowState.IN_REVIEW)).isFalse();
    }

    @Test
    void editingAnApprovedOrScheduledPostSendsItBackToReviewAutomatically() {
        assertThat(table.require(WorkflowState.APPROVED, WorkflowState.IN_REVIEW).actor()).isEqualTo(TransitionActor.SYSTEM);
        assertThat(table.require(WorkflowState.SCHEDULED, WorkflowState.IN_REVIEW).actor()).isEqualTo(TransitionActor.SYSTEM);
    }

    @Test
    void onlyAnAdminReopensARejectedPost() {
        assertThat(table.targetsFrom(WorkflowState.REJECTED)).containsExactlyInAnyOrder(WorkflowState.DRAFT,
                WorkflowState.CANCELLED);
        assertThat(table.require(WorkflowState.REJECTED, WorkflowState.DRAFT).actor()).isEqualTo(TransitionActor.ADMIN);
    }

    @ParameterizedTest
    @EnumSource(value = WorkflowState.class, names = {"PUBLISHED", "CANCELLED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyStateButPublishedCanBeCancelled(WorkflowState from) {
        assertThat(table.require(from, WorkflowState.CANCELLED).actor()).isEqualTo(TransitionActor.AUTHOR_OR_SUPERVISOR);
    }

    @Test
    void publishedAndCancelledAreFinal() {
        assertThat(table.targetsFrom(WorkflowState.PUBLISHED)).isEmpty();
        assertThat(table.targetsFrom(WorkflowState.CANCELLED)).isEmpty();
    }

    @Test
    void codesRoundTrip() {
        for (WorkflowState s : WorkflowState.values()) {
            assertThat(WorkflowState.fromCode(s.code())).contains(s);
        }
        assertThat(WorkflowState.fromCode("IN_REVIEW")).contains(WorkflowState.IN_REVIEW);
        assertThat(WorkflowState.fromCode("live")).isEmpty();
    }
}
