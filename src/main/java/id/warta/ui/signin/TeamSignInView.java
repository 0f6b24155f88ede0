package id.warta.ui.signin;

import id.warta.service.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The team sign-in card: the same card as the single-user sign-in, for the team server's login. */
public final class TeamSignInView extends StackPane {
    public TeamSignInView(TeamSignInViewModel model, Messages messages, String serverAddress) {
        getStyleClass().add("signin-screen");
        Label title = new Label(messages.get("team.signin.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(messages.format("team.signin.subtitle", serverAddress));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);

        TextField login = new TextField();
        login.setId("team-login");
        login.textProperty().bindBidirectional(model.loginProperty());
        login.disableProperty().bind(model.busyProperty());
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(model.busyProperty());
        Label remembered = new Label(messages.get("team.signin.remembered"));
        remembered.setId("team-password-remembered");
        remembered.getStyleClass().addAll("text-muted", "text-small");
        remembered.setWrapText(true);
        remembered.visibleProperty().bind(model.passwordRememberedProperty());
        remembered.managedProperty().bind(model.passwordRememberedProperty());
        CheckBox remember = new CheckBox(messages.get("team.signin.remember"));
        remember.setId("team-remember");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());

        Button submit = new Button(messages.get("team.signin.submit"));
        submit.setId("team-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.signIn());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("small-spinner");
        Label connecting = new Label(messages.format("team.signin.connecting", serverAddress));
        connecting.setWrapText(true);
        HBox progress = new HBox(8, spinner, connecting);
        progress.setId("team-progress");
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());

        Label hint = new Label(messages.get("team.signin.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);

        VBox card = new VBox(14, Forms.logo(), title, subtitle,
                Forms.field(messages.get("team.signin.login"), login),
                Forms.field(messages.get("team.signin.password"), password), remembered, remember,
                Forms.error("team-error"), progress, submit, hint);
        ((Label) card.lookup("#team-error")).textProperty().bind(model.errorProperty());
        card.getStyleClass().addAll("signin-card", "team-signin-card");
        card.setMaxSize(420, USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(card);
        login.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                // After the scene has settled its own first focus, which would otherwise win.
                javafx.application.Platform.runLater(() -> (login.getText().isBlank() ? login : password).requestFocus());
            }
        });
    }
}
