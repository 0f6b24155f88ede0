package id.warta.ui.signin;

import id.warta.service.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The sign-in window's content: one card in the middle, nothing else until the user is known. */
public final class SignInView extends StackPane {
    public SignInView(SignInViewModel model, Messages messages, String databaseName) {
        getStyleClass().add("signin-screen");
        Label title = new Label(messages.get("signin.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(messages.format("signin.subtitle", databaseName));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);

        TextField username = new TextField();
        username.setId("signin-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        Button submit = new Button(messages.get("signin.submit"));
        submit.setId("signin-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.signIn());

        Label hint = new Label(messages.get("signin.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);

        VBox card = new VBox(14, Forms.logo(), title, subtitle,
                Forms.field(messages.get("signin.username"), username),
                Forms.field(messages.get("signin.password"), password), Forms.error("signin-error"), submit, hint);
        ((Label) card.lookup("#signin-error")).textProperty().bind(model.errorProperty());
        card.getStyleClass().add("signin-card");
        card.setMaxSize(400, USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(card);
        username.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                username.requestFocus();
            }
        });
    }
}
