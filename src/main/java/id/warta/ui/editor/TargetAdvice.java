package id.warta.ui.editor;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Under an account's name in the editor: its own clock when its zone is not the user's ("10.00
 * WITA"), and a blackout or posting-hours warning for the chosen time, updated as the time changes.
 */
final class TargetAdvice {
    private TargetAdvice() {
    }

    static VBox under(Label name, TargetRow row, EditorViewModel model) {
        Label advice = new Label();
        advice.setId("editor-advice-" + row.account().channel().code());
        advice.getStyleClass().addAll("text-muted", "editor-target-advice");
        advice.setWrapText(true);
        advice.setMaxWidth(name.getPrefWidth());
        advice.setMinHeight(Region.USE_PREF_SIZE);
        advice.visibleProperty().bind(advice.textProperty().isNotEmpty());
        advice.managedProperty().bind(advice.visibleProperty());
        Runnable refresh = () -> model.adviseOn(row, (text, refused) -> {
            advice.setText(text);
            advice.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), refused);
        });
        row.timeProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        VBox box = new VBox(2, name, advice);
        box.setMinWidth(name.getMinWidth());
        box.setPrefWidth(name.getPrefWidth());
        return box;
    }
}
