package id.warta.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Shows an {@link OutcomeMessage}: green when it went well, red when it did not. */
public final class OutcomeLabel extends Label {
    public OutcomeLabel(String id, ObservableStringValue text, ObservableBooleanValue problem) {
        setId(id);
        setWrapText(true);
        getStyleClass().add("backup-message");
        textProperty().bind(text);
        problem.addListener((o, a, isProblem) -> {
            getStyleClass().removeAll("success", "danger");
            getStyleClass().add(isProblem ? "danger" : "success");
        });
    }
}
