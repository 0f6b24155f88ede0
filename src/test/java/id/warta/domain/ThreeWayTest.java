package id.warta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.domain.ThreeWay.Conflict;
import id.warta.domain.ThreeWay.Pick;
import id.warta.domain.ThreeWay.Resolved;
import id.warta.domain.ThreeWay.Source;
import org.junit.jupiter.api.Test;

/** The per-field three-way rule: whose value a field takes, and when a person must decide. */
class ThreeWayTest {

    @Test
    void aFieldNobodyChangedKeepsItsValue() {
        assertThat(ThreeWay.merge("a", "a", "a")).isEqualTo(new Resolved<>("a", Source.UNCHANGED));
    }

    @Test
    void aFieldOnlyIChangedTakesMine() {
        assertThat(ThreeWay.merge("a", "mine", "a")).isEqualTo(new Resolved<>("mine", Source.MINE));
    }

    @Test
    void aFieldOnlyTheyChangedTakesTheirs() {
        assertThat(ThreeWay.merge("a", "a", "theirs")).isEqualTo(new Resolved<>("theirs", Source.THEIRS));
    }

    @Test
    void aFieldBothChangedToTheSameValueTakesThatValue() {
        assertThat(ThreeWay.merge("a", "same", "same")).isEqualTo(new Resolved<>("same", Source.BOTH));
    }

    @Test
    void aFieldBothChangedDifferentlyIsAConflictListingAllThreeValues() {
        ThreeWay<String> merged = ThreeWay.merge("a", "mine", "theirs");

        assertThat(merged.isConflict()).isTrue();
        assertThat(merged).isEqualTo(new Conflict<>("a", "mine", "theirs"));
        assertThat(merged.value(Pick.MINE)).isEqualTo("mine");
        assertThat(merged.value(Pick.THEIRS)).isEqualTo("theirs");
    }

    @Test
    void absenceCountsAsAValue() {
        assertThat(ThreeWay.merge(null, "added", null)).isEqualTo(new Resolved<>("added", Source.MINE));
        assertThat(ThreeWay.merge("x", "x", null)).isEqualTo(new Resolved<String>(null, Source.THEIRS));
        assertThat(ThreeWay.merge("x", null, null)).isEqualTo(new Resolved<String>(null, Source.BOTH));
        assertThat(ThreeWay.merge(null, "one", "two").isConflict()).isTrue();
        assertThat(ThreeWay.merge("x", null, "changed").isConflict()).as("removed here, changed there").isTrue();
    }
}
