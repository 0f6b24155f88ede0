package id.warta.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.domain.Post;
import id.warta.domain.Severity;
import id.warta.domain.WorkflowState;
import id.warta.service.demo.DemoData;
import id.warta.service.demo.DemoDataGenerator;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo shows the checker at work: its flawed drafts are caught, and nothing approved is blocked. */
class DemoDataEthicsTest {
    private static final Set<WorkflowState> SIGNED_OFF =
            EnumSet.of(WorkflowState.APPROVED, WorkflowState.SCHEDULED, WorkflowState.PUBLISHED);

    @Test
    void flawedDemoDraftsAreBlockedAndApprovedPostsAreNot() {
        EthicsChecker checker = new EthicsChecker(new RulePackLoader().loadCurrent());
        DemoData demo = new DemoDataGenerator().generate(LocalDate.of(2026, 11, 23), 7);
        List<Post> blocked = demo.posts().stream()
                .filter(p -> checker.check(p.body(), CheckContext.EMPTY).stream()
                        .anyMatch(f -> f.severity() == Severity.BLOCK))
                .toList();
        assertThat(blocked).as("demo drafts written to raise findings").hasSizeGreaterThanOrEqualTo(8);
        assertThat(blocked).extracting(Post::state).doesNotContainAnyElementsOf(SIGNED_OFF);
    }
}
