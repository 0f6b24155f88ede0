package id.warta.ui.settings;

import id.warta.domain.Account;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.domain.Client;
import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** "Masa tenang / blackout": the periods on the left, the chosen or new one's form on the right. */
public final class BlackoutSection extends VBox {
    private final Messages messages;
    private final BlackoutsViewModel model;
    private boolean syncing;

    public BlackoutSection(BlackoutsViewModel model, Messages messages) {
        super(10);
        this.model = model;
        this.messages = messages;
        setId("blackout-section");
        Label notice = new Label(messages.get("blackout.readOnly"));
        notice.setId("blackout-readonly");
        notice.getStyleClass().add("text-muted");
        notice.setWrapText(true);
        Label explain = new Label(messages.format("blackout.explain", zoneName()));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        VBox editor = new VBox(10, explain, new HBox(16, list(), form()), message());
        notice.visibleProperty().bind(model.canManageProperty().not());
        notice.managedProperty().bind(notice.visibleProperty());
        editor.visibleProperty().bind(model.canManageProperty());
        editor.managedProperty().bind(editor.visibleProperty());
        getChildren().addAll(notice, editor);
    }

    private String zoneName() {
        return id.warta.domain.AccountZone.fromZoneId(model.zone().getId()).map(Enum::name)
                .orElse(model.zone().getId());
    }

    private ListView<Blackout> list() {
        ListView<Blackout> list = new ListView<>(model.blackouts());
        list.setId("blackout-list");
        list.setPrefSize(420, 260);
        list.setMinWidth(360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Blackout b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : model.describe(b));
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().removeAll("blackout-refuse", "blackout-warn");
                if (!empty && b != null) {
                    getStyleClass().add(b.mode() == BlackoutMode.REFUSE ? "blackout-refuse" : "blackout-warn");
                }
            }
        });
        Label none = new Label(messages.get("blackout.none"));
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        return list;
    }

    private VBox form() {
        TextField name = new TextField();
        name.setId("blackout-name");
        name.setPromptText(messages.get("blackout.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField reason = new TextField();
        reason.setId("blackout-reason");
        reason.setPromptText(messages.get("blackout.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());

        DatePicker startDate = new DatePicker();
        startDate.setId("blackout-start-date");
        startDate.valueProperty().bindBidirectional(model.startDateProperty());
        TextField startTime = timeField("blackout-start-time");
        startTime.textProperty().bindBidirectional(model.startTimeProperty());
        DatePicker endDate = new DatePicker();
        endDate.setId("blackout-end-date");
        endDate.valueProperty().bindBidirectional(model.endDateProperty());
        TextField endTime = timeField("blackout-end-time");
        endTime.textProperty().bindBidirectional(model.endTimeProperty());

        ComboBox<BlackoutMode> mode = new ComboBox<>();
        mode.setId("blackout-mode");
        mode.getItems().setAll(BlackoutMode.values());
        mode.setConverter(converter(model::modeLabel));
        mode.valueProperty().bindBidirectional(model.modeProperty());
        ComboBox<BlackoutScope> scope = new ComboBox<>();
        scope.setId("blackout-scope");
        scope.getItems().setAll(BlackoutScope.values());
        scope.setConverter(converter(model::scopeLabel));
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        ComboBox<Client> client = new ComboBox<>(model.clients());
        client.setId("blackout-client");
        client.setConverter(converter(c -> c.name()));
        client.valueProperty().bindBidirectional(model.clientProperty());
        client.visibleProperty().bind(model.scopeProperty().isEqualTo(BlackoutScope.CLIENT));
        client.managedProperty().bind(client.visibleProperty());
        client.setMaxWidth(Double.MAX_VALUE);

        ListView<Account> accounts = new ListView<>(model.accounts());
        accounts.setId("blackout-accounts");
        accounts.setPrefHeight(110);
        accounts.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        accounts.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Account a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : BlackoutsViewModel.accountLabel(a) + " (" + a.zone().name() + ")");
            }
        });
        accounts.setTooltip(new javafx.scene.control.Tooltip(messages.get("blackout.accounts.tip")));
        accounts.visibleProperty().bind(model.scopeProperty().isEqualTo(BlackoutScope.ACCOUNTS));
        accounts.managedProperty().bind(accounts.visibleProperty());
        accounts.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Account>) c -> {
            if (!syncing) {
                syncing = true;
                model.chosenAccounts().setAll(List.copyOf(accounts.getSelectionModel().getSelectedItems()));
                syncing = false;
            }
        });
        model.chosenAccounts().addListener((ListChangeListener<Account>) c -> {
            if (!syncing) {
                syncing = true;
                accounts.getSelectionModel().clearSelection();
                model.chosenAccounts().forEach(a -> accounts.getSelectionModel().select(a));
                syncing = false;
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("blackout.name", name), name);
        grid.addRow(1, label("blackout.reason", reason), reason);
        grid.addRow(2, label("blackout.start", startDate), row(startDate, startTime));
        grid.addRow(3, label("blackout.end", endDate), row(endDate, endTime));
        grid.addRow(4, label("blackout.mode", mode), mode);
        grid.addRow(5, label("blackout.scope", scope), new VBox(6, scope, client, accounts));
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(reason, Priority.ALWAYS);

        Button fresh = new Button(messages.get("blackout.new"), Icons.of(Material2OutlinedAL.ADD));
        fresh.setId("blackout-new");
        fresh.setOnAction(e -> model.startNew());
        Button save = new Button(messages.get("blackout.save"), Icons.of(Material2OutlinedMZ.SAVE));
        save.setId("blackout-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Button delete = new Button(messages.get("blackout.delete"), Icons.of(Material2OutlinedAL.DELETE));
        delete.setId("blackout-delete");
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        HBox actions = new HBox(8, save, fresh, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(10, grid, actions);
        HBox.setHgrow(form, Priority.ALWAYS);
        return form;
    }

    private Label message() {
        Label message = new Label();
        message.setId("blackout-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((o, a, bad) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(bad ? "danger" : "success");
        });
        return message;
    }

    private static TextField timeField(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setPromptText("00:00");
        return field;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Label label(String key, Node target) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("field-label");
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
