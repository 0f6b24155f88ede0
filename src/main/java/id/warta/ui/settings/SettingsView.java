package id.warta.ui.settings;

import id.warta.ui.common.OutcomeLabel;
import id.warta.service.BackupInfo;
import id.warta.service.Messages;
import id.warta.ui.common.Formats;
import id.warta.ui.common.Icons;
import id.warta.ui.common.ScreenHeader;
import id.warta.ui.common.Theme;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Language, theme and backups; clients, users and feeds join as their issues land. */
public final class SettingsView extends BorderPane {
    private final SettingsViewModel model;
    private final Messages messages;
    private final Formats formats;

    public SettingsView(SettingsViewModel model, WatchListViewModel watchLists, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        getStyleClass().addAll("screen", "settings-screen");
        setTop(new ScreenHeader(messages.get("settings.title"), messages.get("settings.subtitle")));
        VBox sections = new VBox(20, appearance(), backups(),
                section("settings.watch.title", new WatchListSection(watchLists, messages)));
        sections.getStyleClass().add("screen-body");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
    }

    private VBox appearance() {
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().addAll(Messages.INDONESIAN, Messages.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : messages.get("language." + l.getLanguage());
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.setValue(model.languageProperty().get());
        language.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.languageProperty().set(b);
            }
        });
        Label languageLabel = new Label(messages.get("settings.language"));
        languageLabel.setLabelFor(language);

        ToggleGroup group = new ToggleGroup();
        ToggleButton light = themeButton(Theme.LIGHT, "settings.theme.light", group);
        ToggleButton dark = themeButton(Theme.DARK, "settings.theme.dark", group);
        light.getStyleClass().add("left-pill");
        dark.getStyleClass().add("right-pill");
        Label themeLabel = new Label(messages.get("settings.theme"));

        HBox row = new HBox(24, field(languageLabel, language), field(themeLabel, new HBox(light, dark)));
        return section("settings.appearance", row);
    }

    private ToggleButton themeButton(Theme theme, String key, ToggleGroup group) {
        ToggleButton b = new ToggleButton(messages.get(key));
        b.setId("settings-theme-" + theme.code());
        b.setToggleGroup(group);
        b.setSelected(model.themeProperty().get() == theme);
        b.setOnAction(e -> {
            model.themeProperty().set(theme);
            b.setSelected(true);
        });
        return b;
    }

    private VBox field(Label label, javafx.scene.Node control) {
        label.getStyleClass().add("field-label");
        return new VBox(4, label, control);
    }

    private VBox backups() {
        ListView<BackupInfo> list = new ListView<>(model.copies());
        list.setId("settings-backups");
        list.setPrefHeight(170);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : messages.format("settings.backup.item",
                        formats.dateTime(b.createdAt(), ZoneId.systemDefault()), b.file().getFileName().toString(),
                        Math.max(1, b.sizeBytes() / 1024)));
            }
        });
        Label none = new Label(messages.get("settings.backup.none"));
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button backupNow = new Button(messages.get("settings.backup.now"), Icons.of(Material2OutlinedAL.BACKUP));
        backupNow.setId("settings-backup-now");
        backupNow.disableProperty().bind(model.busyProperty());
        backupNow.setOnAction(e -> model.backupNow());

        Button restore = new Button(messages.get("settings.restore.button"), Icons.of(Material2OutlinedMZ.RESTORE));
        restore.setId("settings-restore");
        restore.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        restore.setOnAction(e -> confirmRestore());

        Label message = new OutcomeLabel("settings-backup-message", model.messageProperty(),
                model.messageIsProblemProperty());

        Label explain = new Label(messages.format("settings.backup.explain", 10));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        HBox actions = new HBox(8, backupNow, restore);
        actions.setAlignment(Pos.CENTER_LEFT);
        return section("settings.backups", explain, list, actions, message);
    }

    private void confirmRestore() {
        BackupInfo chosen = model.selectedProperty().get();
        if (chosen == null) {
            return;
        }
        ButtonType restore = new ButtonType(messages.get("settings.restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("settings.restore.question",
                chosen.file().getFileName().toString()), restore, cancel);
        alert.setTitle(messages.get("settings.restore.title"));
        alert.setHeaderText(messages.get("settings.restore.title"));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == restore) {
            model.restoreSelected();
        }
    }

    /** Adds a section at the end (users, delegations: built where their services are wired). */
    public void append(String titleKey, javafx.scene.Node content) {
        VBox sections = (VBox) ((ScrollPane) getCenter()).getContent();
        sections.getChildren().add(section(titleKey, content));
    }

    private VBox section(String titleKey, javafx.scene.Node... content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().addAll("title-4", "section-title");
        VBox box = new VBox(10, title);
        box.getChildren().addAll(content);
        box.getStyleClass().add("settings-section");
        return box;
    }

}
