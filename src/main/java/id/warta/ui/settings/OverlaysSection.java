package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.ui.common.Formats;
import id.warta.ui.common.Icons;
import java.io.File;
import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** "Kalender tambahan": read-only calendars shown beside the schedule (holidays, a client's events). */
public final class OverlaysSection extends VBox {
    public OverlaysSection(OverlaysViewModel model, Messages messages) {
        super(10);
        Formats formats = new Formats(messages.locale());
        Label explain = new Label(messages.get("overlay.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);

        ListView<Overlay> list = new ListView<>(model.overlays());
        list.setId("overlays-list");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Overlay o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : messages.format(o.builtin() ? "overlay.item.builtin" : "overlay.item",
                        o.name(), o.eventCount(), formats.dateTime(o.importedAt(), ZoneId.of("Asia/Jakarta"))));
            }
        });
        Label none = new Label(messages.get("overlay.none"));
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button importButton = new Button(messages.get("overlay.import"), Icons.of(Material2OutlinedAL.FILE_UPLOAD));
        importButton.setId("overlays-import");
        importButton.disableProperty().bind(model.busyProperty());
        importButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("overlay.import"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("overlay.filter"), "*.ics"));
            File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.importFile(file.toPath());
            }
        });
        Button remove = new Button(messages.get("overlay.remove"), Icons.of(Material2OutlinedAL.DELETE));
        remove.setId("overlays-remove");
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(e -> model.removeSelected());
        HBox actions = new HBox(8, importButton, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("overlays-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((o, a, bad) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(bad ? "danger" : "success");
        });
        getChildren().addAll(explain, list, actions, message);
    }
}
