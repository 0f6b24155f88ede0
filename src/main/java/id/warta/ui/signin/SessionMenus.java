package id.warta.ui.signin;

import id.warta.domain.User;
import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The top bar's user menu (change password, sign out) and, on a demo database, the "try as" switcher. */
public final class SessionMenus {
    private final SessionViewModel model;
    private final Messages messages;

    public SessionMenus(SessionViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public MenuButton userMenu(Runnable afterSignOut) {
        MenuButton menu = new MenuButton(null, Icons.of(Material2OutlinedMZ.PERSON));
        menu.setId("user-menu");
        menu.getStyleClass().addAll("flat", "top-user");
        menu.textProperty().bind(model.userLabelProperty());
        MenuItem password = new MenuItem(messages.get("session.password.menu"));
        password.setId("user-change-password");
        password.setOnAction(e -> askNewPassword(menu));
        MenuItem signOut = new MenuItem(messages.get("session.signOut"));
        signOut.setId("user-sign-out");
        signOut.setOnAction(e -> model.signOut(afterSignOut));
        menu.getItems().addAll(password, signOut);
        return menu;
    }

    /** "Coba sebagai": lists the demo people; hidden unless the database is a demo. */
    public MenuButton demoSwitcher(Runnable afterSwitch) {
        MenuButton menu = new MenuButton(messages.get("session.tryAs"), Icons.of(Material2OutlinedMZ.SWAP_HORIZ));
        menu.setId("demo-switcher");
        menu.getStyleClass().add("flat");
        menu.visibleProperty().bind(model.demoModeProperty());
        menu.managedProperty().bind(model.demoModeProperty());
        Runnable fill = () -> {
            menu.getItems().clear();
            for (User person : model.demoUsers()) {
                MenuItem item = new MenuItem(messages.format("session.tryAs.item", person.displayName(),
                        person.username(), model.roles(person)));
                item.setId("try-as-" + person.username().replace('.', '-'));
                item.setOnAction(e -> model.tryAs(person, afterSwitch));
                menu.getItems().add(item);
            }
        };
        model.demoUsers().addListener((ListChangeListener<User>) c -> fill.run());
        fill.run();
        return menu;
    }

    private void askNewPassword(javafx.scene.Node owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("session.password.title"));
        dialog.setHeaderText(messages.get("session.password.title"));
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        PasswordField current = new PasswordField();
        current.setId("password-current");
        PasswordField fresh = new PasswordField();
        fresh.setId("password-new");
        PasswordField repeat = new PasswordField();
        repeat.setId("password-repeat");
        Label message = Forms.error("password-message");
        model.passwordMessageProperty().set("");
        message.textProperty().bind(model.passwordMessageProperty());
        dialog.getDialogPane().setContent(new VBox(10,
                Forms.field(messages.get("session.password.current"), current),
                Forms.field(messages.get("session.password.new"), fresh),
                Forms.field(messages.get("firstAdmin.repeat"), repeat), message));
        ButtonType change = new ButtonType(messages.get("session.password.change"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(change, close);
        dialog.getDialogPane().setPrefWidth(420);
        // The change runs on the database thread: the dialog stays open until it succeeded, so a refusal
        // can be read and corrected.
        dialog.getDialogPane().lookupButton(change).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.changePassword(current.getText(), fresh.getText(), repeat.getText());
            current.clear();
            fresh.clear();
            repeat.clear();
        });
        javafx.beans.value.ChangeListener<Boolean> closeWhenDone = (o, a, done) -> {
            if (done) {
                dialog.setResult(change);
                dialog.close();
            }
        };
        model.passwordChangedProperty().addListener(closeWhenDone);
        Optional<ButtonType> answer = dialog.showAndWait();
        model.passwordChangedProperty().removeListener(closeWhenDone);
        if (answer.isPresent() && answer.get() == change && model.passwordChangedProperty().get()) {
            Alert done = new Alert(Alert.AlertType.INFORMATION, messages.get("session.password.done"));
            done.setHeaderText(null);
            done.setTitle(messages.get("session.password.title"));
            done.initOwner(dialog.getOwner());
            done.showAndWait();
        }
    }
}
