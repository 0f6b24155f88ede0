package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** "Akun dan jam unggah": each account's posting hours and target cadence, and a form for the chosen one. */
public final class AccountPlansSection extends VBox {
    private final Messages messages;

    public AccountPlansSection(AccountPlansViewModel model, Messages messages) {
        super(10);
        this.messages = messages;
        setId("account-plans-section");
        Label notice = new Label(messages.get("accountPlan.readOnly"));
        notice.setId("account-plans-readonly");
        notice.getStyleClass().add("text-muted");
        notice.setWrapText(true);
        Label explain = new Label(messages.get("accountPlan.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);

        TableView<AccountPlansViewModel.Row> table = new TableView<>(model.rows());
        table.setId("account-plans-table");
        table.setPrefHeight(230);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("accountPlan.account", 230,
                r -> BlackoutsViewModel.accountLabel(r.account())));
        table.getColumns().add(column("accountPlan.client", 230, AccountPlansViewModel.Row::clientName));
        table.getColumns().add(column("accountPlan.zone", 70, r -> r.account().zone().name()));
        table.getColumns().add(column("accountPlan.hours", 150, AccountPlansViewModel.Row::hoursText));
        table.getColumns().add(column("accountPlan.cadence", 120, AccountPlansViewModel.Row::cadenceText));
        Label none = new Label(messages.get("accountPlan.none"));
        none.getStyleClass().add("text-muted");
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });

        TextField from = field("account-plan-from", "06:00", 5);
        from.textProperty().bindBidirectional(model.fromProperty());
        TextField to = field("account-plan-to", "21:00", 5);
        to.textProperty().bindBidirectional(model.toProperty());
        TextField perWeek = field("account-plan-cadence", "3", 4);
        perWeek.textProperty().bindBidirectional(model.perWeekProperty());
        Button save = new Button(messages.get("accountPlan.save"), Icons.of(Material2OutlinedMZ.SAVE));
        save.setId("account-plan-save");
        save.setOnAction(e -> model.save());
        HBox form = new HBox(8, label("accountPlan.hours"), from, new Label("\u2013"), to,
                label("accountPlan.cadence"), perWeek, save);
        form.setAlignment(Pos.CENTER_LEFT);
        form.disableProperty().bind(model.selectedProperty().isNull());

        Label message = new Label();
        message.setId("account-plans-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((o, a, bad) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(bad ? "danger" : "success");
        });
        VBox editor = new VBox(10, explain, table, form, message);
        notice.visibleProperty().bind(model.canManageProperty().not());
        notice.managedProperty().bind(notice.visibleProperty());
        editor.visibleProperty().bind(model.canManageProperty());
        editor.managedProperty().bind(editor.visibleProperty());
        getChildren().addAll(notice, editor);
    }

    private TableColumn<AccountPlansViewModel.Row, String> column(String key, double width,
            java.util.function.Function<AccountPlansViewModel.Row, String> value) {
        TableColumn<AccountPlansViewModel.Row, String> c = new TableColumn<>(messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        f.setMinWidth(Region.USE_PREF_SIZE);
        return f;
    }
}
