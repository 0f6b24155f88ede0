package id.warta.ui.settings;

import id.warta.service.Feed;
import id.warta.service.Messages;
import id.warta.ui.common.Formats;
import id.warta.ui.common.Icons;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** "Langganan kalender": feeds with copy-link buttons, how to subscribe in each calendar app, and the LAN switch. */
public final class FeedsSection extends VBox {
    private static final String[] HOW_TO_KEYS = {"feeds.howto.outlook", "feeds.howto.thunderbird", "feeds.howto.apple",
        "feeds.howto.google"};

    private final FeedsViewModel model;
    private final Messages messages;

    public FeedsSection(FeedsViewModel model, Messages messages) {
        super(10);
        this.model = model;
        this.messages = messages;
        Formats formats = new Formats(messages.locale());

        Label status = new Label();
        status.setId("feeds-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(model::serverStatus, model.baseProperty()));
        status.getStyleClass().add("text-muted");

        ListView<Feed> list = new ListView<>(model.feeds());
        list.setId("feeds-list");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Feed f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : messages.format("feeds.item", f.name(),
                        model.summary(f.filter()), formats.dateTime(f.createdAt(), ZoneId.of("Asia/Jakarta"))));
            }
        });
        Label none = new Label(messages.get("feeds.none"));
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button webcal = copyButton("feeds-copy-webcal", "feeds.copy.webcal", true);
        Button http = copyButton("feeds-copy-http", "feeds.copy.http", false);
        Button revoke = new Button(messages.get("feeds.revoke"), Icons.of(Material2OutlinedAL.DELETE));
        revoke.setId("feeds-revoke");
        revoke.disableProperty().bind(model.selectedProperty().isNull());
        revoke.setOnAction(e -> model.revokeSelected());
        HBox actions = new HBox(8, webcal, http, revoke);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("feeds-name");
        name.setPromptText(messages.get("feeds.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button create = new Button(messages.get("feeds.create"), Icons.of(Material2OutlinedAL.ADD));
        create.setId("feeds-create");
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create());
        HBox createRow = new HBox(8, name, create);
        createRow.setAlignment(Pos.CENTER_LEFT);
        Label createExplain = muted(messages.get("feeds.create.explain"));

        Label message = new Label();
        message.setId("feeds-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        VBox howTo = new VBox(4);
        howTo.getChildren().add(new Label(messages.get("feeds.howto.title")));
        for (String key : HOW_TO_KEYS) {
            howTo.getChildren().add(muted(messages.get(key)));
        }

        CheckBox lan = new CheckBox(messages.get("feeds.lan"));
        lan.setId("feeds-lan");
        lan.selectedProperty().bindBidirectional(model.localNetworkProperty());
        lan.disableProperty().bind(model.busyProperty());
        Label warning = new Label(messages.get("feeds.lan.warning"));
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        VBox lanBox = new VBox(4, lan, warning);
        lanBox.visibleProperty().bind(model.adminProperty());
        lanBox.managedProperty().bind(model.adminProperty());

        getChildren().addAll(status, list, actions, createRow, createExplain, message, howTo, lanBox);
    }

    private Button copyButton(String id, String key, boolean webcal) {
        Button b = new Button(messages.get(key), Icons.of(Material2OutlinedAL.CONTENT_COPY));
        b.setId(id);
        b.disableProperty().bind(model.selectedProperty().isNull().or(model.baseProperty().isNull()));
        b.setOnAction(e -> model.link(model.selectedProperty().get(), webcal).ifPresent(url -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url);
            Clipboard.getSystemClipboard().setContent(content);
            model.messageProperty().set(messages.format("feeds.copied", url));
        }));
        return b;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
