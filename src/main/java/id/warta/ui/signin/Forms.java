package id.warta.ui.signin;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** Small building blocks shared by the sign-in and first-start cards. */
final class Forms {
    private Forms() {
    }

    static VBox field(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setLabelFor(control);
        return new VBox(4, l, control);
    }

    static Label error(String id) {
        Label error = new Label();
        error.setId(id);
        error.setWrapText(true);
        error.getStyleClass().addAll("signin-error", "danger");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    static ImageView logo() {
        return new ImageView(new Image(Forms.class.getResource("/icons/icon-64.png").toExternalForm(), 56, 56, true,
                true));
    }
}
