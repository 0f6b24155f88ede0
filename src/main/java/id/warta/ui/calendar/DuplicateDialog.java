package id.warta.ui.calendar;

import id.warta.service.Messages;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DateCell;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks the day of the copy's first publication; Enter accepts the day after the original. */
final class DuplicateDialog {
    private DuplicateDialog() {
    }

    static Optional<LocalDate> ask(Window owner, Messages messages, String title, LocalDate suggested, LocalDate today) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("calendar.duplicate.title"));
        dialog.setHeaderText(messages.format("calendar.duplicate.header", title));
        DatePicker day = new DatePicker(suggested);
        day.setId("duplicate-day");
        day.setShowWeekNumbers(false);
        day.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isBefore(today));
            }
        });
        Label what = new Label(messages.get("calendar.duplicate.day"));
        what.setLabelFor(day);
        Label hint = new Label(messages.get("calendar.duplicate.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(8, what, day, hint));
        ButtonType confirm = new ButtonType(messages.get("calendar.duplicate.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, cancel);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(day.valueProperty().isNull());
        dialog.setResultConverter(b -> b == confirm ? day.getValue() : null);
        Platform.runLater(day::requestFocus);
        return dialog.showAndWait();
    }
}
