package id.warta.ui.common;

import id.warta.service.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The one line a settings section says after an action: what happened, and whether it went wrong. */
public final class OutcomeMessage {
    private final Messages messages;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();

    public OutcomeMessage(Messages messages) {
        this.messages = messages;
    }

    public void succeed(String line) {
        problem.set(false);
        text.set(line);
    }

    public void problem(String line) {
        problem.set(true);
        text.set(line);
    }

    public void fail(Throwable e) {
        problem(ErrorText.of(e, messages));
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty problemProperty() {
        return problem;
    }
}
