package id.warta.ui.settings;

import id.warta.ui.common.OutcomeLabel;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** "Pengguna dan peran": the list on the left, the chosen person's roles and clients on the right. */
public final class UsersSection extends VBox {
    private final Messages messages;

    public UsersSection(UsersViewModel model, Messages messages) {
        super(10);
        this.messages = messages;
        Label notice = new Label(messages.get("users.readOnly"));
        notice.setId("users-readonly");
        notice.getStyleClass().add("text-muted");
        notice.setWrapText(true);
        VBox editor = editor(model);
        notice.visibleProperty().bind(model.canManageProperty().not());
        notice.managedProperty().bind(notice.visibleProperty());
        editor.visibleProperty().bind(model.canManageProperty());
        editor.managedProperty().bind(editor.visibleProperty());
        getChildren().addAll(notice, editor);
    }

    private VBox editor(UsersViewModel model) {
        ListView<User> list = new ListView<>(model.users());
        list.setId("users-list");
        list.setPrefSize(420, 210);
        list.setMinWidth(420);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(User u, boolean empty) {
                super.updateItem(u, empty);
                if (empty || u == null) {
                    setText(null);
                    return;
                }
                String roles = String.join(", ", java.util.Arrays.stream(Role.values()).filter(u::hasRole)
                        .map(r -> messages.get(roleKey(r))).toList());
                setText(messages.format(u.active() ? "users.item" : "users.item.inactive", u.displayName(),
                        u.username(), roles));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });

        HBox roles = new HBox(12);
        for (Role r : Role.values()) {
            CheckBox box = new CheckBox(messages.get(roleKey(r)));
            box.setId("user-role-" + r.name().toLowerCase(Locale.ROOT));
            box.selectedProperty().bindBidirectional(model.roleProperty(r));
            roles.getChildren().add(box);
        }
        FlowPane clients = new FlowPane(12, 6);
        clients.setId("user-clients");
        model.assignments().addListener((ListChangeListener<ClientChoice>) c -> {
            clients.getChildren().clear();
            for (ClientChoice choice : model.assignments()) {
                CheckBox box = new CheckBox(choice.client().shortName());
                box.selectedProperty().bindBidirectional(choice.chosen());
                clients.getChildren().add(box);
            }
        });
        Button save = new Button(messages.get("users.save"), Icons.of(Material2OutlinedMZ.SAVE));
        save.setId("user-save");
        save.setOnAction(e -> model.saveSelected());
        Button toggle = new Button();
        toggle.setId("user-toggle-active");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.selectedProperty().get() != null && !model.selectedProperty().get().active()
                        ? "users.activate" : "users.deactivate"), model.selectedProperty()));
        toggle.setOnAction(e -> model.toggleActive());
        PasswordField reset = new PasswordField();
        reset.setId("user-reset-password");
        reset.setPromptText(messages.get("users.newPassword"));
        reset.textProperty().bindBidirectional(model.resetPasswordProperty());
        PasswordField resetRepeat = new PasswordField();
        resetRepeat.setId("user-reset-repeat");
        resetRepeat.setPromptText(messages.get("firstAdmin.repeat"));
        resetRepeat.textProperty().bindBidirectional(model.resetRepeatProperty());
        Button resetButton = new Button(messages.get("users.resetPassword"), Icons.of(Material2OutlinedAL.LOCK_OPEN));
        resetButton.setId("user-reset");
        resetButton.setOnAction(e -> model.resetSelectedPassword());

        Label rolesLabel = label("users.roles");
        Label clientsLabel = label("users.clients");
        Label passwordLabel = label("users.resetPassword");
        VBox detail = new VBox(8, rolesLabel, roles, clientsLabel, clients, new HBox(8, save, toggle), passwordLabel,
                new HBox(8, reset, resetRepeat, resetButton));
        detail.disableProperty().bind(model.selectedProperty().isNull());
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox top = new HBox(16, list, detail);

        TextField username = new TextField();
        username.setId("user-new-username");
        username.setPromptText(messages.get("signin.username"));
        username.textProperty().bindBidirectional(model.newUsernameProperty());
        TextField fullName = new TextField();
        fullName.setId("user-new-name");
        fullName.setPromptText(messages.get("firstAdmin.fullName"));
        fullName.textProperty().bindBidirectional(model.newFullNameProperty());
        PasswordField password = new PasswordField();
        password.setId("user-new-password");
        password.setPromptText(messages.get("signin.password"));
        password.textProperty().bindBidirectional(model.newPasswordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("user-new-repeat");
        repeat.setPromptText(messages.get("firstAdmin.repeat"));
        repeat.textProperty().bindBidirectional(model.newRepeatProperty());
        HBox newRoles = new HBox(12);
        for (Role r : Role.values()) {
            CheckBox box = new CheckBox(messages.get(roleKey(r)));
            box.setId("user-new-role-" + r.name().toLowerCase(Locale.ROOT));
            box.selectedProperty().bindBidirectional(model.newRoleProperty(r));
            newRoles.getChildren().add(box);
        }
        Button add = new Button(messages.get("users.add"), Icons.of(Material2OutlinedMZ.PERSON_ADD));
        add.setId("user-add");
        add.setOnAction(e -> model.addUser());
        HBox addRow = new HBox(8, username, fullName, password, repeat);
        HBox addRow2 = new HBox(12, newRoles, add);
        addRow2.setAlignment(Pos.CENTER_LEFT);

        Label message = new OutcomeLabel("users-message", model.messageProperty(), model.messageIsProblemProperty());
        return new VBox(10, top, message, new Separator(), label("users.addTitle"), addRow, addRow2);
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("field-label");
        return l;
    }

    static String roleKey(Role r) {
        return "role." + r.name().toLowerCase(Locale.ROOT);
    }
}
