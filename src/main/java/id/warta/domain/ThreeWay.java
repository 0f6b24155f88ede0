package id.warta.domain;

import java.util.Objects;

/**
 * The three-way rule for one field of a record two people edited from the same snapshot: a field
 * only one side changed takes that side's value, a field both changed to the same value takes it,
 * and a field both changed differently is a conflict that a person resolves (never a silent
 * overwrite). Values are compared with {@link Objects#equals}; null means "absent".
 *
 * @param <T> the field's type
 */
public sealed interface ThreeWay<T> {

    /** Who the value of a resolved field comes from. */
    enum Source {
        /** Neither side changed it. */
        UNCHANGED,
        /** Only the editing user changed it. */
        MINE,
        /** Only the other saver changed it. */
        THEIRS,
        /** Both changed it to the same value. */
        BOTH
    }

    /** Which side a person picked for a conflicting field. */
    enum Pick {
        MINE,
        THEIRS
    }

    /** The field has one value. */
    record Resolved<T>(T value, Source source) implements ThreeWay<T> {
        public Resolved {
            Objects.requireNonNull(source, "source");
        }
    }

    /** Both sides changed the field to different values. */
    record Conflict<T>(T base, T mine, T theirs) implements ThreeWay<T> {
        public T picked(Pick pick) {
            return pick == Pick.MINE ? mine : theirs;
        }
    }

    static <T> ThreeWay<T> merge(T base, T mine, T theirs) {
        boolean mineChanged = !Objects.equals(base, mine);
        boolean theirsChanged = !Objects.equals(base, theirs);
        if (!mineChanged && !theirsChanged) {
            return new Resolved<>(base, Source.UNCHANGED);
        }
        if (mineChanged && !theirsChanged) {
            return new Resolved<>(mine, Source.MINE);
        }
        if (!mineChanged) {
            return new Resolved<>(theirs, Source.THEIRS);
        }
        if (Objects.equals(mine, theirs)) {
            return new Resolved<>(mine, Source.BOTH);
        }
        return new Conflict<>(base, mine, theirs);
    }

    default boolean isConflict() {
        return this instanceof Conflict<T>;
    }

    /** The value, with {@code pick} deciding a conflict. */
    default T value(Pick pick) {
        if (this instanceof Resolved<T> r) {
            return r.value();
        }
        return ((Conflict<T>) this).picked(pick);
    }
}
