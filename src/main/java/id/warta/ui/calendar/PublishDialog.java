package id.warta.ui.calendar;

import id.warta.service.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Asks for the live link of every publication of a post before it is marked published. */
final class PublishDialog {
    private PublishDialog() {
    }

    static Optional<Map<String, String>> ask(Window owner, Messages messages, String title,
                                             List<CalendarViewModel.Publication> publications) {
        Dialog<Map<String, String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("calendar.publish.title"));
        dialog.setHeaderText(messages.format("calendar.publish.header", title));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Map<String, TextField> fields = new LinkedHashMap<>();
        BooleanBinding incomplete = Bindings.createBooleanBinding(() -> false);
        int row = 0;
        for (CalendarViewModel.Publication p : publications) {
            TextField url = new TextField();
            url.setId("publish-url-" + row);
            url.setPromptText("https://");
            url.setPrefColumnCount(36);
            GridPane.setHgrow(url, Priority.ALWAYS);
            grid.addRow(row++, new Label(p.label()), url);
            fields.put(p.targetId(), url);
            incomplete = incomplete.or(url.textProperty().isEmpty());
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType confirm = new ButtonType(messages.get("calendar.publish.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, cancel);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(incomplete);
        dialog.setResultConverter(b -> {
            if (b != confirm) {
                return null;
            }
            Map<String, String> urls = new LinkedHashMap<>();
            fields.forEach((id, field) -> urls.put(id, field.getText().strip()));
            return urls;
        });
        return dialog.showAndWait();
    }
}
