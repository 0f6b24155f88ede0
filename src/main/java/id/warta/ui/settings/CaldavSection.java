package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** "Publikasi CalDAV": address, user name, password and a button that pushes in the background. */
public final class CaldavSection extends VBox {
    public CaldavSection(CaldavViewModel model, Messages messages) {
        super(8);
        Label explain = new Label(messages.get("caldav.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);

        TextField url = new TextField();
        url.setId("caldav-url");
        url.setPromptText("https://cloud.example.go.id/remote.php/dav/calendars/humas/warta/");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = new TextField();
        user.setId("caldav-user");
        user.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("caldav-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        HBox.setHgrow(url, Priority.ALWAYS);

        Button publish = new Button(messages.get("caldav.publish"), Icons.of(Material2OutlinedAL.CLOUD_UPLOAD));
        publish.setId("caldav-publish");
        publish.disableProperty().bind(model.busyProperty().or(model.urlProperty().isEmpty()));
        publish.setOnAction(e -> model.publishNow());
        ProgressBar progress = new ProgressBar();
        progress.setId("caldav-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());

        Label message = new Label();
        message.setId("caldav-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((o, a, bad) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(bad ? "danger" : "success");
        });

        HBox credentials = new HBox(12, field(messages.get("caldav.user"), user),
                field(messages.get("caldav.password"), password));
        HBox actions = new HBox(8, publish, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(explain, field(messages.get("caldav.url"), url), credentials, actions, message);
    }

    private static VBox field(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }
}
