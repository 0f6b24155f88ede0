package id.warta.ui.shell;

import id.warta.service.Messages;
import id.warta.ui.common.Formats;
import id.warta.ui.common.Icons;
import id.warta.ui.common.Theme;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The main window's frame: navigation rail, top bar, the current screen and the status bar. */
public final class ShellView extends BorderPane {
    private static final Map<Screen, Ikon> ICONS = Map.of(
            Screen.CALENDAR, Material2OutlinedAL.CALENDAR_TODAY,
            Screen.REVIEW, Material2OutlinedMZ.RATE_REVIEW,
            Screen.REPORTS, Material2OutlinedAL.INSERT_CHART,
            Screen.SETTINGS, Material2OutlinedMZ.SETTINGS);

    private final ShellViewModel model;
    private final Messages messages;
    private final Map<Screen, Node> screens;
    private final Map<Screen, ToggleButton> railButtons = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private HBox topBar;
    private Label userLabel;

    public ShellView(ShellViewModel model, Messages messages, Map<Screen, Node> screens,
                     ObjectProperty<Theme> theme, ObjectProperty<Locale> language) {
        this.model = model;
        this.messages = messages;
        this.screens = new EnumMap<>(screens);
        getStyleClass().add("shell");
        setTop(topBar(theme, language));
        setLeft(rail());
        content.getStyleClass().add("shell-content");
        setCenter(content);
        setBottom(statusBar());
        model.screenProperty().addListener((o, a, b) -> showScreen(b));
        showScreen(model.screenProperty().get());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
    }

    private HBox topBar(ObjectProperty<Theme> theme, ObjectProperty<Locale> language) {
        ImageView logo = new ImageView(new Image(getClass().getResource("/icons/icon-32.png").toExternalForm(), 28, 28,
                true, true));
        Label name = new Label("Warta");
        name.getStyleClass().addAll("title-3", "app-name");
        Label tagline = new Label(messages.get("app.tagline"));
        tagline.getStyleClass().addAll("text-muted", "app-tagline");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label demo = new Label(messages.get("shell.demo"));
        demo.setId("demo-banner");
        demo.getStyleClass().add("demo-banner");
        demo.visibleProperty().bind(model.demoProperty());
        demo.managedProperty().bind(model.demoProperty());

        Label user = new Label(null, Icons.of(Material2OutlinedMZ.PERSON));
        user.textProperty().bind(model.userNameProperty());
        user.getStyleClass().add("top-user");
        userLabel = user;

        Button themeButton = new Button();
        themeButton.setId("toggle-theme");
        themeButton.getStyleClass().addAll("button-icon", "flat");
        themeButton.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(
                theme.get() == Theme.DARK ? Material2OutlinedMZ.WB_SUNNY : Material2OutlinedMZ.NIGHTS_STAY), theme));
        themeButton.setTooltip(new Tooltip(messages.get("shell.theme.toggle")));
        themeButton.setAccessibleText(messages.get("shell.theme.toggle"));
        themeButton.setOnAction(e -> theme.set(theme.get().other()));

        MenuButton languageMenu = new MenuButton(language.get().getLanguage().toUpperCase(Locale.ROOT),
                Icons.of(Material2OutlinedAL.LANGUAGE));
        languageMenu.setId("language-menu");
        languageMenu.getStyleClass().add("flat");
        languageMenu.setAccessibleText(messages.get("settings.language"));
        for (Locale l : new Locale[] {Messages.INDONESIAN, Messages.ENGLISH}) {
            MenuItem item = new MenuItem(messages.get("language." + l.getLanguage()));
            item.setId("language-" + l.getLanguage());
            item.setOnAction(e -> language.set(l));
            languageMenu.getItems().add(item);
        }

        HBox bar = new HBox(10, logo, name, tagline, spacer, demo, user, new Separator(javafx.geometry.Orientation.VERTICAL),
                themeButton, languageMenu);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        topBar = bar;
        return bar;
    }

    /** Puts the signed-in user's controls (user menu, demo switcher) where the plain user name was. */
    public void setSessionControls(Node... controls) {
        int at = topBar.getChildren().indexOf(userLabel);
        if (at >= 0) {
            topBar.getChildren().remove(at);
            topBar.getChildren().addAll(at, java.util.List.of(controls));
        }
    }

    private VBox rail() {
        ToggleGroup group = new ToggleGroup();
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        for (Screen screen : Screen.values()) {
            ToggleButton b = new ToggleButton(messages.get(screen.labelKey()), Icons.of(ICONS.get(screen)));
            b.setId("nav-" + screen.name().toLowerCase(Locale.ROOT));
            b.setContentDisplay(ContentDisplay.TOP);
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(messages.get(screen.labelKey()) + " (Ctrl+" + (screen.ordinal() + 1) + ")"));
            b.setOnAction(e -> {
                model.show(screen);
                b.setSelected(true);
            });
            if (screen == Screen.REVIEW) {
                Label badge = new Label();
                badge.setId("review-badge");
                badge.getStyleClass().add("nav-badge");
                badge.textProperty().bind(model.awaitingReviewProperty().asString());
                badge.visibleProperty().bind(model.awaitingReviewProperty().greaterThan(0));
                StackPane withBadge = new StackPane(b, badge);
                StackPane.setAlignment(badge, Pos.TOP_RIGHT);
                rail.getChildren().add(withBadge);
            } else {
                rail.getChildren().add(b);
            }
            railButtons.put(screen, b);
        }
        return rail;
    }

    private HBox statusBar() {
        Label database = new Label(null, Icons.of(Material2OutlinedMZ.STORAGE));
        database.setId("status-database");
        database.textProperty().bind(model.databasePathProperty());
        database.setMinWidth(120);
        database.setTooltip(new Tooltip());
        database.getTooltip().textProperty().bind(model.databasePathProperty());

        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> messages.format("status.counts",
                        model.clientsProperty().get(), model.accountsProperty().get(), model.postsProperty().get()),
                model.clientsProperty(), model.accountsProperty(), model.postsProperty()));

        Formats formats = new Formats(messages.locale());
        Label backup = new Label();
        backup.setId("status-backup");
        backup.textProperty().bind(Bindings.createStringBinding(() -> model.lastBackupProperty().get() == null
                        ? messages.get("status.backup.none")
                        : messages.format("status.backup.last",
                        formats.dateTime(model.lastBackupProperty().get(), ZoneId.systemDefault())),
                model.lastBackupProperty()));

        Label problem = new Label();
        problem.setId("status-problem");
        problem.getStyleClass().add("status-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());

        Label user = new Label(null, Icons.of(Material2OutlinedMZ.PERSON));
        user.setId("status-user");
        user.textProperty().bind(Bindings.createStringBinding(() -> messages.format("status.user",
                model.userNameProperty().get()), model.userNameProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, database, problem, spacer, user, counts, backup);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showScreen(Screen screen) {
        Node node = screens.get(screen);
        content.getChildren().setAll(node);
        ToggleButton b = railButtons.get(screen);
        if (b != null) {
            b.setSelected(true);
        }
    }

    private void installShortcuts() {
        for (Screen screen : Screen.values()) {
            KeyCombination keys = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (screen.ordinal() + 1)),
                    KeyCombination.SHORTCUT_DOWN);
            getScene().getAccelerators().put(keys, () -> model.show(screen));
        }
    }
}
