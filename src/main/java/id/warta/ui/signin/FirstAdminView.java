package id.warta.ui.signin;

import id.warta.service.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** First start: create the administrator, or try Warta on the demo office instead. */
public final class FirstAdminView extends StackPane {
    public FirstAdminView(FirstAdminViewModel model, Messages messages) {
        getStyleClass().add("signin-screen");
        Label title = new Label(messages.get("firstAdmin.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(messages.get("firstAdmin.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);

        TextField username = new TextField();
        username.setId("firstadmin-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        TextField fullName = new TextField();
        fullName.setId("firstadmin-name");
        fullName.textProperty().bindBidirectional(model.fullNameProperty());
        PasswordField password = new PasswordField();
        password.setId("firstadmin-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("firstadmin-repeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());

        Button create = new Button(messages.get("firstAdmin.create"));
        create.setId("firstadmin-create");
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create());

        Label demoText = new Label(messages.get("firstAdmin.demoText"));
        demoText.getStyleClass().add("text-muted");
        demoText.setWrapText(true);
        Button demo = new Button(messages.get("firstAdmin.demo"));
        demo.setId("firstadmin-demo");
        demo.disableProperty().bind(model.busyProperty());
        demo.setOnAction(e -> model.loadDemo());

        Label error = Forms.error("firstadmin-error");
        error.textProperty().bind(model.errorProperty());
        HBox names = new HBox(12, Forms.field(messages.get("signin.username"), username),
                Forms.field(messages.get("firstAdmin.fullName"), fullName));
        HBox passwords = new HBox(12, Forms.field(messages.get("signin.password"), password),
                Forms.field(messages.get("firstAdmin.repeat"), repeat));
        Label rule = new Label(messages.format("firstAdmin.passwordRule", id.warta.service.AuthService.MIN_PASSWORD_LENGTH));
        rule.getStyleClass().add("text-muted");
        rule.setWrapText(true);
        for (HBox pair : new HBox[] {names, passwords}) {
            pair.getChildren().forEach(n -> HBox.setHgrow(n, javafx.scene.layout.Priority.ALWAYS));
        }
        VBox card = new VBox(14, Forms.logo(), title, subtitle, names, passwords, rule, error, create, new Separator(),
                demoText, demo);
        card.getStyleClass().add("signin-card");
        card.setMaxSize(520, USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(card);
    }
}
