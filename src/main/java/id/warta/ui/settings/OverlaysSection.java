package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.ui.common.Icons;
import id.warta.ui.common.OutcomeLabel;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * "Kalender tambahan": read-only calendars shown beside the schedule (holidays, a client's events),
 * imported from a file or subscribed to by URL and refreshed in the background.
 */
public final class OverlaysSection extends VBox {
    public OverlaysSection(OverlaysViewModel model, Messages messages) {
        super(10);
        Label explain = new Label(messages.get("overlay.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);

        ListView<Overlay> list = new ListView<>(model.overlays());
        list.setId("overlays-list");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Overlay o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : model.describe(o));
                // Fit the list's width and wrap: a failing subscription's second line holds the error.
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().remove("overlay-failing");
                setTooltip(null);
                if (!empty && o != null && o.subscribed() && o.subscription().failing()) {
                    getStyleClass().add("overlay-failing");
                    Tooltip whole = new Tooltip(getText());
                    whole.setWrapText(true);
                    whole.setMaxWidth(560);
                    setTooltip(whole);
                }
            }
        });
        // The list is reloaded after a refresh: keep the same calendar selected.
        String[] lastSelected = new String[1];
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                lastSelected[0] = b.id();
            }
        });
        model.overlays().addListener((ListChangeListener<Overlay>) c -> {
            if (lastSelected[0] != null && list.getSelectionModel().getSelectedItem() == null) {
                for (int i = 0; i < model.overlays().size(); i++) {
                    if (model.overlays().get(i).id().equals(lastSelected[0])) {
                        list.getSelectionModel().select(i);
                    }
                }
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
        Button refresh = new Button(messages.get("overlay.refresh"), Icons.of(Material2OutlinedMZ.REFRESH));
        refresh.setId("overlays-refresh");
        refresh.disableProperty().bind(model.refreshableProperty().not());
        refresh.setOnAction(e -> model.refreshSelected());
        HBox actions = new HBox(8, importButton, refresh, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label urlLabel = new Label(messages.get("overlay.url.label"));
        TextField url = new TextField();
        url.setId("overlays-url");
        url.setPromptText(messages.get("overlay.url.prompt"));
        url.textProperty().bindBidirectional(model.urlProperty());
        url.disableProperty().bind(model.busyProperty());
        url.setOnAction(e -> model.subscribe());
        urlLabel.setLabelFor(url);
        HBox.setHgrow(url, Priority.ALWAYS);
        Button subscribe = new Button(messages.get("overlay.subscribe"), Icons.of(Material2OutlinedAL.LINK));
        subscribe.setId("overlays-subscribe");
        subscribe.disableProperty().bind(model.busyProperty());
        subscribe.setOnAction(e -> model.subscribe());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("overlays-progress");
        progress.setPrefSize(20, 20);
        progress.setMaxSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        HBox subscribeRow = new HBox(8, url, subscribe, progress);
        subscribeRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new OutcomeLabel("overlays-message", model.messageProperty(), model.problemProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(explain, list, actions, urlLabel, subscribeRow, message);
    }
}
