package id.warta.ui.editor;

import id.warta.domain.HashtagGroup;
import id.warta.service.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Managing a client's hashtag groups: the list, a name and tags form, add, save (rename or change
 * the tags) and delete. {@link #menu} is the editor's one-click "insert a group" button.
 */
public final class HashtagGroupsPane extends VBox {
    private final HashtagGroupsViewModel model;
    private final ListView<HashtagGroup> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextField tags = new TextField();

    public HashtagGroupsPane(HashtagGroupsViewModel model) {
        super(8);
        this.model = model;
        Messages messages = model.messages();
        getStyleClass().add("hashtag-groups");
        list.setId("hashtag-groups-list");
        list.setItems(model.groups());
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(messages.get("hashtagGroup.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HashtagGroup g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : g.name() + " \u2014 " + g.text());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            name.setText(g == null ? "" : g.name());
            tags.setText(g == null ? "" : g.text());
        });
        name.setId("hashtag-group-name");
        name.setPromptText(messages.get("hashtagGroup.name.prompt"));
        tags.setId("hashtag-group-tags");
        tags.setPromptText("#LayananPublik #KotaContoh");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("hashtagGroup.name")), name);
        form.addRow(1, new Label(messages.get("hashtagGroup.tags")), tags);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(tags, Priority.ALWAYS);
        Button add = new Button(messages.get("hashtagGroup.add"));
        add.setId("hashtag-group-add");
        add.setOnAction(e -> model.add(name.getText(), tags.getText(), this::clear));
        Button save = new Button(messages.get("hashtagGroup.save"));
        save.setId("hashtag-group-save");
        save.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> model.update(list.getSelectionModel().getSelectedItem(), name.getText(),
                tags.getText(), () -> { }));
        Button delete = new Button(messages.get("hashtagGroup.delete"));
        delete.setId("hashtag-group-delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(save.disableProperty());
        delete.setOnAction(e -> model.delete(list.getSelectionModel().getSelectedItem(), this::clear));
        HBox buttons = new HBox(8, add, save, delete);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label problem = new Label();
        problem.setId("hashtag-group-problem");
        problem.getStyleClass().add("media-warning");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        getChildren().addAll(list, form, buttons, problem);
        setPrefWidth(520);
    }

    private void clear() {
        list.getSelectionModel().clearSelection();
        name.clear();
        tags.clear();
    }

    /** The settings section: a client to choose, then its groups. */
    public static VBox withClientPicker(HashtagGroupsViewModel model) {
        javafx.scene.control.ComboBox<id.warta.domain.Client> client =
                new javafx.scene.control.ComboBox<>(model.clients());
        client.setId("settings-hashtag-client");
        client.valueProperty().bindBidirectional(model.clientProperty());
        client.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(id.warta.domain.Client c) {
                return c == null ? "" : c.name();
            }

            @Override
            public id.warta.domain.Client fromString(String s) {
                return null;
            }
        });
        Label label = new Label(model.messages().get("editor.client"));
        HBox line = new HBox(8, label, client);
        line.setAlignment(Pos.CENTER_LEFT);
        HashtagGroupsPane pane = new HashtagGroupsPane(model);
        pane.setPrefWidth(Region.USE_COMPUTED_SIZE);
        pane.setMaxWidth(720);
        return new VBox(8, line, pane);
    }

    /** Opens the management pane in a dialog over the editor. */
    public static void manage(Window owner, HashtagGroupsViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Messages messages = model.messages();
        dialog.setTitle(messages.get("hashtagGroup.title"));
        dialog.setHeaderText(messages.get("hashtagGroup.title"));
        dialog.getDialogPane().setContent(new HashtagGroupsPane(model));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("hashtagGroup.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }

    /** The editor's button: one item per group (inserted with one click), then save-as and manage. */
    static MenuButton menu(HashtagGroupsViewModel model, java.util.function.Supplier<Window> owner) {
        Messages messages = model.messages();
        MenuButton button = new MenuButton(messages.get("hashtagGroup.menu"));
        button.setId("editor-hashtag-groups");
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable fill = () -> {
            button.getItems().clear();
            for (HashtagGroup g : model.groups()) {
                MenuItem item = new MenuItem(g.name() + "  (" + g.tags().size() + ")");
                item.setId("hashtag-group-insert-" + g.id());
                item.setOnAction(e -> model.insert(g));
                button.getItems().add(item);
            }
            if (!model.groups().isEmpty()) {
                button.getItems().add(new SeparatorMenuItem());
            }
            MenuItem saveAs = new MenuItem(messages.get("hashtagGroup.saveCurrent"));
            saveAs.setOnAction(e -> {
                TextInputDialog ask = new TextInputDialog();
                ask.initOwner(owner.get());
                ask.setTitle(messages.get("hashtagGroup.saveCurrent"));
                ask.setHeaderText(messages.get("hashtagGroup.saveCurrent"));
                ask.setContentText(messages.get("hashtagGroup.name"));
                ask.showAndWait().ifPresent(n -> model.saveCurrentAs(n, () -> { }));
            });
            MenuItem manage = new MenuItem(messages.get("hashtagGroup.manage"));
            manage.setId("editor-hashtag-groups-manage");
            manage.setOnAction(e -> manage(owner.get(), model));
            button.getItems().addAll(saveAs, manage);
        };
        model.groups().addListener((javafx.collections.ListChangeListener<HashtagGroup>) c -> fill.run());
        fill.run();
        button.setTooltip(new javafx.scene.control.Tooltip(messages.get("hashtagGroup.menu.tip")));
        return button;
    }
}
