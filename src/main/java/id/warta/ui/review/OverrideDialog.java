package id.warta.ui.review;

import id.warta.domain.Finding;
import id.warta.domain.FindingOverride;
import id.warta.service.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks why a blocking finding may be set aside; the reason is kept and shown to inspectors. */
final class OverrideDialog {
    private OverrideDialog() {
    }

    static Optional<String> ask(Window owner, Messages messages, Finding finding) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("review.override.title"));
        dialog.setHeaderText(messages.format("review.override.header", finding.excerpt()));
        Label explain = new Label(finding.message(messages.locale()));
        explain.setWrapText(true);
        TextArea reason = new TextArea();
        reason.setId("override-reason");
        reason.setPromptText(messages.format("review.override.prompt", FindingOverride.MIN_REASON_LENGTH));
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        VBox box = new VBox(10, explain, reason);
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        ButtonType confirm = new ButtonType(messages.get("review.override.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, cancel);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> reason.getText().strip().length() < FindingOverride.MIN_REASON_LENGTH, reason.textProperty()));
        dialog.setResultConverter(b -> b == confirm ? reason.getText().strip() : null);
        return dialog.showAndWait();
    }
}
