package id.warta.ui.settings;

import id.warta.domain.Client;
import id.warta.service.Messages;
import id.warta.service.WatchEntry;
import id.warta.ui.common.Icons;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The watch and allow lists of one client: pick the client, add a term with its kind, remove one. */
final class WatchListSection extends VBox {

    WatchListSection(WatchListViewModel model, Messages messages) {
        super(10);
        ComboBox<Client> client = new ComboBox<>(model.clients());
        client.setId("watch-client");
        client.setConverter(new StringConverter<>() {
            @Override
            public String toString(Client c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Client fromString(String s) {
                return null;
            }
        });
        client.valueProperty().bindBidirectional(model.clientProperty());
        Label clientLabel = new Label(messages.get("settings.watch.client"));
        clientLabel.setLabelFor(client);
        clientLabel.getStyleClass().add("field-label");

        ListView<WatchEntry> list = new ListView<>(model.entries());
        list.setId("watch-entries");
        list.setPrefHeight(200);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WatchEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label kind = new Label(kindLabel(messages, e.kind()));
                kind.getStyleClass().addAll("watch-kind", e.kind().isAllow() ? "watch-kind-allow" : "watch-kind-watch");
                Label term = new Label(e.term());
                HBox row = new HBox(10, kind, term);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        Label none = new Label(messages.get("settings.watch.none"));
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);

        TextField term = new TextField();
        term.setId("watch-term");
        term.setPromptText(messages.get("settings.watch.termPrompt"));
        term.textProperty().bindBidirectional(model.newTermProperty());
        HBox.setHgrow(term, Priority.ALWAYS);
        ComboBox<WatchEntry.Kind> kind = new ComboBox<>();
        kind.setId("watch-kind");
        kind.getItems().setAll(WatchEntry.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(WatchEntry.Kind k) {
                return k == null ? "" : kindLabel(messages, k);
            }

            @Override
            public WatchEntry.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.newKindProperty());
        Button add = new Button(messages.get("settings.watch.add"), Icons.of(Material2OutlinedAL.ADD));
        add.setId("watch-add");
        add.disableProperty().bind(model.busyProperty().or(model.clientProperty().isNull()));
        add.setDefaultButton(false);
        add.setOnAction(e -> model.add());
        term.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.add();
            }
        });
        Button remove = new Button(messages.get("settings.watch.remove"), Icons.of(Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE));
        remove.setId("watch-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));

        Label problem = new Label();
        problem.setId("watch-problem");
        problem.getStyleClass().add("backup-message");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);

        Label explain = new Label(messages.get("settings.watch.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);

        HBox addRow = new HBox(8, term, kind, add, remove);
        addRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(explain, new VBox(4, clientLabel, client), list, addRow, problem);
    }

    static String kindLabel(Messages messages, WatchEntry.Kind kind) {
        return messages.get("watch.kind." + kind.code().toLowerCase(Locale.ROOT));
    }
}
