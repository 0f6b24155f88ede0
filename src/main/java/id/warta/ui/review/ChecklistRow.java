package id.warta.ui.review;

import id.warta.domain.Checklist;
import id.warta.domain.ChecklistAnswer;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One question of the eight-principle checklist as the reviewer answers it: Ya, Tidak or not yet. */
public final class ChecklistRow {
    private final int principle;
    private final ObjectProperty<Boolean> answer = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanBinding concern;
    private final BooleanBinding complete;

    ChecklistRow(int principle) {
        this.principle = principle;
        this.concern = Bindings.createBooleanBinding(
                () -> answer.get() != null && answer.get() != Checklist.reassuringAnswer(principle), answer);
        this.complete = Bindings.createBooleanBinding(() -> answer.get() != null
                && (!concern.get() || note.get().strip().length() >= Checklist.MIN_CONCERN_NOTE_LENGTH), answer, note, concern);
    }

    public int principle() {
        return principle;
    }

    public String questionKey() {
        return "checklist.p%d".formatted(principle);
    }

    public ObjectProperty<Boolean> answerProperty() {
        return answer;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True when the answer given is the worrying one, so a note must explain why approval is still right. */
    public BooleanBinding concernProperty() {
        return concern;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    Optional<ChecklistAnswer> toAnswer() {
        return Optional.ofNullable(answer.get()).map(yes -> new ChecklistAnswer(principle, yes, note.get()));
    }

    void clear() {
        answer.set(null);
        note.set("");
    }
}
