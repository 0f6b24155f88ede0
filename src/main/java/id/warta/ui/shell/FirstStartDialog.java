package id.warta.ui.shell;

import id.warta.service.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks once, on an empty database, whether to load the demo organisation. */
public final class FirstStartDialog {
    private FirstStartDialog() {
    }

    public static void ask(Window owner, Messages messages, FirstStartViewModel model) {
        ButtonType demo = new ButtonType(messages.get("firstStart.demo"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(messages.get("firstStart.empty"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.NONE, messages.get("firstStart.text"), demo, empty);
        alert.setTitle(messages.get("firstStart.title"));
        alert.setHeaderText(messages.get("firstStart.header"));
        alert.initOwner(owner);
        alert.getDialogPane().setId("first-start");
        alert.getDialogPane().setPrefWidth(480);
        ButtonType answer = alert.showAndWait().orElse(empty);
        if (answer == demo) {
            model.loadDemo();
        } else {
            model.startEmpty();
        }
    }
}
