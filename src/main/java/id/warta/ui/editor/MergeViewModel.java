package id.warta.ui.editor;

import id.warta.domain.RecurrenceRule;
import id.warta.domain.ThreeWay.Pick;
import id.warta.domain.WordDiff;
import id.warta.service.DraftMerge;
import id.warta.service.Messages;
import id.warta.service.PostDraft;
import id.warta.service.PostEditingService;
import id.warta.service.SaveOutcome;
import id.warta.service.StoredPost;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import id.warta.ui.common.Formats;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The merge dialog without its window: one row per field both people changed, each with my value,
 * the stored value and which one the result takes (mine unless chosen otherwise). Saving saves the
 * result on the stored version; if the post moved again meanwhile the result is merged again, and
 * any new conflicts replace the rows. Cancelling saves nothing.
 */
public final class MergeViewModel {

    /** One conflicting field. */
    public static final class Row {
        private final DraftMerge.Key key;
        private final String label;
        private final String mine;
        private final String theirs;
        private final String base;
        private final ObjectProperty<Pick> pick = new SimpleObjectProperty<>(Pick.MINE);
        private final StringBinding result;
        private List<WordDiff.Segment> changes;

        Row(DraftMerge.FieldConflict conflict, MergeLabels labels) {
            this.key = conflict.key();
            this.label = labels.field(key);
            this.mine = labels.value(key, conflict.mine());
            this.theirs = labels.value(key, conflict.theirs());
            this.base = labels.value(key, conflict.base());
            this.result = Bindings.createStringBinding(() -> pick.get() == Pick.THEIRS ? theirs : mine, pick);
        }

        public DraftMerge.Key key() {
            return key;
        }

        public String label() {
            return label;
        }

        public String mine() {
            return mine;
        }

        public String theirs() {
            return theirs;
        }

        /** The value both started from. */
        public String base() {
            return base;
        }

        public ObjectProperty<Pick> pickProperty() {
            return pick;
        }

        /**
         * My value against the stored one, word by word: {@code ADDED} words are only in mine,
         * {@code REMOVED} words only in the stored version, so both sides can mark what differs.
         */
        public List<WordDiff.Segment> changes() {
            if (changes == null) {
                changes = WordDiff.between(theirs, mine);
            }
            return changes;
        }

        /** The value the saved post will have. */
        public StringBinding resultProperty() {
            return result;
        }
    }

    private final PostEditingService editing;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final MergeLabels labels;
    private final Optional<RecurrenceRule> repeat;
    private final Consumer<SaveOutcome> onSaved;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty storedBy = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private DraftMerge merge;

    /**
     * @param repeat  the repeat rule to save with the result; null keeps the stored one (as
     *                {@link PostEditingService#saveMerging} takes it)
     * @param onSaved told on the FX thread once the result is stored (never after a cancel)
     */
    MergeViewModel(PostEditingService editing, BackgroundTasks tasks, Messages messages, ZoneId zone,
                   MergeLabels labels, SaveOutcome.Conflicted conflict, Optional<RecurrenceRule> repeat,
                   Consumer<SaveOutcome> onSaved) {
        this.editing = editing;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.labels = labels;
        this.repeat = repeat;
        this.onSaved = onSaved;
        show(conflict);
    }

    private void show(SaveOutcome.Conflicted conflict) {
        Map<DraftMerge.Key, Pick> earlier = picks();
        merge = conflict.merge();
        StoredPost other = conflict.other();
        storedBy.set(messages.format("editor.merge.storedBy", other.savedBy(),
                new Formats(messages.locale()).dateTime(other.savedAt(), zone)));
        rows.setAll(merge.conflicts().stream().map(c -> new Row(c, labels)).toList());
        // A field that conflicts again keeps the choice made for it.
        rows.forEach(r -> r.pickProperty().set(earlier.getOrDefault(r.key(), Pick.MINE)));
    }

    public void useAllMine() {
        rows.forEach(r -> r.pickProperty().set(Pick.MINE));
    }

    public void useAllTheirs() {
        rows.forEach(r -> r.pickProperty().set(Pick.THEIRS));
    }

    /** The post as it will be saved with the current choices. */
    public PostDraft result() {
        return merge.resolved(picks());
    }

    /** Saves the result on the stored version, merging again if the post moved meanwhile. */
    public void save() {
        if (busy.get() || finished.get()) {
            return;
        }
        PostDraft base = merge.theirs();
        PostDraft chosen = result();
        busy.set(true);
        problem.set("");
        tasks.submit(() -> editing.saveMerging(base, chosen, repeat), outcome -> {
                    busy.set(false);
                    if (outcome instanceof SaveOutcome.Conflicted again) {
                        show(again);
                        problem.set(messages.format("editor.merge.movedAgain", again.other().savedBy()));
                        return;
                    }
                    onSaved.accept(outcome);
                    finished.set(true);
                }, e -> {
                    busy.set(false);
                    problem.set(ErrorText.of(e, messages));
                });
    }

    /** Nothing is saved; the editor keeps what was typed. */
    public void cancel() {
        finished.set(true);
    }

    private Map<DraftMerge.Key, Pick> picks() {
        Map<DraftMerge.Key, Pick> picks = new HashMap<>();
        rows.forEach(r -> picks.put(r.key(), r.pickProperty().get()));
        return picks;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Versi tersimpan: disimpan oleh … pada …". */
    public StringProperty storedByProperty() {
        return storedBy;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once saved or cancelled: the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished;
    }

    public Messages messages() {
        return messages;
    }

    List<DraftMerge.FieldConflict> conflicts() {
        return merge.conflicts();
    }
}
