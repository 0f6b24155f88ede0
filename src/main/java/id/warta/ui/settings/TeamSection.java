package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** "Tim": the team profile, where it points, opening on it at start, single-user, and forgetting the password. */
public final class TeamSection extends VBox {
    public TeamSection(TeamSettingsViewModel model, Messages messages) {
        super(8);
        setId("team-section");
        Label explain = new Label(messages.get("team.settings.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("team-profile-facts");
        facts.setHgap(12);
        facts.setVgap(4);
        row(facts, 0, messages.get("team.settings.profile"), model.profilePathProperty(), "team-profile-path");
        row(facts, 1, messages.get("team.settings.host"), model.hostProperty(), "team-host");
        row(facts, 2, messages.get("team.settings.database"), model.databaseProperty(), "team-database");
        row(facts, 3, messages.get("team.settings.schema"), model.schemaProperty(), "team-schema");
        facts.visibleProperty().bind(model.profileLoadedProperty());
        facts.managedProperty().bind(model.profileLoadedProperty());

        Button choose = new Button(messages.get("team.settings.choose"), Icons.of(Material2OutlinedAL.FOLDER_OPEN));
        choose.setId("team-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("team.settings.choose"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(messages.get("team.settings.profileFiles"), "*.team", "*.properties"),
                    new FileChooser.ExtensionFilter(messages.get("team.settings.allFiles"), "*"));
            File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.choose(file.toPath());
            }
        });
        CheckBox openAtStart = new CheckBox(messages.get("team.settings.openAtStart"));
        openAtStart.setId("team-open-at-start");
        openAtStart.selectedProperty().bindBidirectional(model.openAtStartProperty());
        openAtStart.disableProperty().bind(model.profileLoadedProperty().not());
        Button singleUser = new Button(messages.get("team.settings.singleUser"), Icons.of(Material2OutlinedMZ.PERSON));
        singleUser.setId("team-single-user");
        singleUser.setOnAction(e -> model.backToSingleUser());
        Button forget = new Button(messages.get("team.settings.forget"), Icons.of(Material2OutlinedAL.DELETE));
        forget.setId("team-forget-password");
        forget.disableProperty().bind(model.profileLoadedProperty().not());
        forget.setOnAction(e -> model.forgetPassword());
        HBox actions = new HBox(8, choose, singleUser, forget);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("team-settings-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((o, a, bad) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(bad ? "danger" : "success");
        });
        getChildren().addAll(explain, facts, openAtStart, actions, message);
    }

    private static void row(GridPane grid, int row, String label, javafx.beans.value.ObservableStringValue value,
                            String id) {
        Label name = new Label(label);
        name.getStyleClass().add("text-muted");
        Label shown = new Label();
        shown.setId(id);
        shown.textProperty().bind(value);
        grid.addRow(row, name, shown);
    }
}
