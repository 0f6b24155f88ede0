package id.warta.ui.editor;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.Client;
import id.warta.domain.ContentType;
import id.warta.domain.Finding;
import id.warta.domain.Severity;
import id.warta.service.Messages;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The post editor window: a thin view over {@link EditorViewModel}. Findings are highlighted in
 * the body a moment after typing pauses; the check itself runs off the FX thread.
 */
public final class EditorWindow {
    /** Long enough that a fast typist does not trigger a check per key, short enough to feel live. */
    static final Duration CHECK_PAUSE = Duration.millis(300);
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final EditorViewModel model;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final CodeArea bodyArea = new CodeArea();
    private final ListView<Finding> findingList = new ListView<>();
    private final VBox targetBox = new VBox(8);
    private final PauseTransition checkPause = new PauseTransition(CHECK_PAUSE);
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_EVERY);
    private boolean closing;
    private MediaPane mediaPane;

    private EditorWindow(Window owner, EditorViewModel model) {
        this.model = model;
        this.messages = model.messages();
        stage.initOwner(owner);
        stage.setTitle(messages.get("editor.title"));
        Scene scene = new Scene(content(), 1180, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::save);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean popupOpen = e.getTarget() instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing();
            if (e.getCode() == KeyCode.ESCAPE && !popupOpen) {
                e.consume();
                close();
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
        model.setOnConflict(merge -> MergeDialog.show(stage, merge));
        checkPause.setOnFinished(e -> model.check());
        autosave.setOnFinished(e -> {
            model.autosave();
            autosave.playFromStart();
        });
    }

    /** Opens an empty editor for a new post. */
    public static EditorWindow createNew(Window owner, EditorViewModel model) {
        EditorWindow window = new EditorWindow(owner, model);
        model.startNew();
        window.show();
        return window;
    }

    /** Opens a new post made from an overlay event: its title, and its day for the accounts' times. */
    public static EditorWindow createFrom(Window owner, EditorViewModel model, String title, java.time.LocalDate day) {
        EditorWindow window = new EditorWindow(owner, model);
        model.startFrom(title, day);
        window.show();
        return window;
    }

    /** Opens the editor on a saved post. */
    public static EditorWindow open(Window owner, EditorViewModel model, String postId) {
        EditorWindow window = new EditorWindow(owner, model);
        model.open(postId);
        window.show();
        return window;
    }

    private void show() {
        stage.show();
        autosave.playFromStart();
        bodyArea.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    // ---- layout ----------------------------------------------------------------------------------

    private BorderPane content() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("editor");
        root.setPadding(new Insets(14));
        root.setTop(fields());
        SplitPane split = new SplitPane(bodyPane(), sideTabs());
        split.setDividerPositions(0.64);
        VBox centre = new VBox(10, split, partTabs(), new RepeatPane(model.repeat()));
        VBox.setVgrow(split, Priority.ALWAYS);
        BorderPane.setMargin(centre, new Insets(10, 0, 10, 0));
        root.setCenter(centre);
        root.setBottom(buttons());
        return root;
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ComboBox<Client> client = combo("editor-client", model.clients(), Client::shortName);
        client.valueProperty().bindBidirectional(model.clientProperty());
        TextField title = new TextField();
        title.setId("editor-title");
        title.setPromptText(messages.get("editor.title.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        ComboBox<ContentType> type = combo("editor-type", javafx.collections.FXCollections.observableArrayList(
                ContentType.values()), t -> messages.get("contentType." + t.code()));
        type.valueProperty().bindBidirectional(model.contentTypeProperty());
        ComboBox<Campaign> campaign = combo("editor-campaign", model.campaigns(), Campaign::name);
        campaign.valueProperty().bindBidirectional(model.campaignProperty());
        TextField tags = new TextField();
        tags.setId("editor-hashtags");
        tags.setPromptText("#LayananPublik #KotaContoh");
        tags.textProperty().bindBidirectional(model.hashtagsProperty());
        grid.addRow(0, label("editor.client"), client, label("editor.type"), type);
        grid.addRow(1, label("editor.postTitle"), title, label("editor.campaign"), campaign);
        HBox tagLine = new HBox(8, tags, HashtagGroupsPane.menu(model.hashtagGroups(), () -> stage));
        HBox.setHgrow(tags, Priority.ALWAYS);
        tags.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(2, label("editor.hashtags"), tagLine);
        GridPane.setColumnSpan(tagLine, 3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints narrow = new ColumnConstraints(260);
        grid.getColumnConstraints().setAll(labels, wide, labels, narrow);
        title.setMaxWidth(Double.MAX_VALUE);
        client.setMaxWidth(Double.MAX_VALUE);
        type.setMaxWidth(Double.MAX_VALUE);
        campaign.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    /** Findings and the per-channel previews beside the text. */
    private TabPane sideTabs() {
        Tab findings = new Tab(null, findingsPane());
        findings.setId("editor-tab-findings");
        findings.textProperty().bind(Bindings.createStringBinding(() ->
                messages.format("editor.tab.findings", model.findings().size()), model.findings()));
        Tab preview = new Tab(messages.get("editor.tab.preview"), new PreviewPane(model));
        preview.setId("editor-tab-preview");
        TabPane tabs = new TabPane(findings, preview);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(280);
        return tabs;
    }

    /** What goes out with the text: target accounts, media, link. */
    private TabPane partTabs() {
        Tab accounts = new Tab(null, targetsPane());
        accounts.setId("editor-tab-accounts");
        accounts.textProperty().bind(Bindings.createStringBinding(() ->
                messages.format("editor.tab.accounts", model.targets().size()), model.targets()));
        mediaPane = new MediaPane(model.media(), messages);
        Tab media = new Tab(null, mediaPane);
        media.setId("editor-tab-media");
        media.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = messages.format("editor.tab.media", model.media().items().size());
            return model.media().imagesWithoutAltTextBinding().get() > 0 ? text + " \u26a0" : text;
        }, model.media().items(), model.media().imagesWithoutAltTextBinding()));
        Tab link = new Tab(messages.get("editor.tab.link"), new UtmPane(model.utm(), messages));
        link.setId("editor-tab-link");
        TextArea notesArea = new TextArea();
        notesArea.setId("editor-notes");
        notesArea.setWrapText(true);
        notesArea.setPromptText(messages.get("editor.notes.prompt"));
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        Tab notes = new Tab(messages.get("editor.tab.notes"), notesArea);
        notes.setId("editor-tab-notes");
        TabPane tabs = new TabPane(accounts, media, link, notes);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("editor-parts");
        tabs.setPrefHeight(236);
        tabs.setMinHeight(Region.USE_PREF_SIZE);
        return tabs;
    }

    /** For tests: replaces the native file picker, which cannot be driven headless. */
    public void chooseFilesWith(Function<Window, List<java.nio.file.Path>> chooser) {
        mediaPane.chooseFilesWith(chooser);
    }

    private VBox bodyPane() {
        bodyArea.setId("editor-body");
        bodyArea.setWrapText(true);
        bodyArea.getStyleClass().add("editor-body");
        bodyArea.textProperty().addListener((o, a, b) -> {
            if (!b.equals(model.bodyProperty().get())) {
                model.bodyProperty().set(b);
            }
            checkPause.playFromStart();
        });
        model.bodyProperty().addListener((o, a, b) -> {
            if (!b.equals(bodyArea.getText())) {
                bodyArea.replaceText(b);
                bodyArea.getUndoManager().forgetHistory();
            }
        });
        model.findings().addListener((ListChangeListener<Finding>) c -> highlight());
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(bodyArea);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label heading = label("editor.body");
        return new VBox(6, heading, scroll);
    }

    /** Marks each finding whose span still holds its excerpt; later typing may have moved the rest. */
    private void highlight() {
        String text = bodyArea.getText();
        bodyArea.clearStyle(0, text.length());
        for (Finding f : model.findings()) {
            if (f.end() <= text.length() && text.substring(f.start(), f.end()).equals(f.excerpt())) {
                bodyArea.setStyle(f.start(), f.end(), List.of(styleOf(f.severity())));
            }
        }
    }

    private static String styleOf(Severity severity) {
        return switch (severity) {
            case BLOCK -> "finding-block";
            case WARN -> "finding-warn";
            default -> "finding-info";
        };
    }

    private VBox findingsPane() {
        findingList.setId("editor-findings");
        findingList.setItems(model.findings());
        findingList.setFixedCellSize(52);
        findingList.setPlaceholder(new Label(messages.get("editor.findings.none")));
        findingList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("finding-cell-block", "finding-cell-warn", "finding-cell-info");
                if (empty || f == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String severity = messages.get("review.severity."
                        + f.severity().name().toLowerCase(java.util.Locale.ROOT));
                Label excerpt = new Label(severity + " \u00b7 \u201c" + f.excerpt() + "\u201d");
                excerpt.getStyleClass().add("finding-excerpt");
                Label message = new Label(f.message(messages.locale()));
                message.getStyleClass().add("finding-message");
                VBox lines = new VBox(2, excerpt, message);
                lines.setMaxWidth(Double.MAX_VALUE);
                lines.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
                excerpt.setMaxWidth(Double.MAX_VALUE);
                message.setMaxWidth(Double.MAX_VALUE);
                setText(null);
                setGraphic(lines);
                // The whole text on hover: each line is cut to keep one finding per row.
                setTooltip(new javafx.scene.control.Tooltip(excerpt.getText() + "\n" + message.getText()));
                getStyleClass().add("finding-cell-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        findingList.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null && f.end() <= bodyArea.getLength()) {
                bodyArea.selectRange(f.start(), f.end());
                bodyArea.requestFollowCaret();
            }
        });
        VBox.setVgrow(findingList, Priority.ALWAYS);
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() ->
                messages.format("editor.findings", model.findings().size()), model.findings()));
        VBox box = new VBox(6, heading, findingList);
        box.setMinWidth(260);
        return box;
    }

    private VBox targetsPane() {
        ComboBox<Account> pick = combo("editor-account", model.accounts(), EditorWindow::accountName);
        pick.setPromptText(messages.get("editor.account.pick"));
        pick.setAccessibleText(messages.get("editor.accounts"));
        Button add = new Button(messages.get("editor.account.add"));
        add.setId("editor-account-add");
        add.disableProperty().bind(pick.valueProperty().isNull());
        add.setOnAction(e -> model.addTarget(pick.getValue()));
        HBox adder = new HBox(8, pick, add);
        adder.setAlignment(Pos.CENTER_LEFT);
        model.targets().addListener((ListChangeListener<TargetRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    targetBox.getChildren().setAll(model.targets().stream().map(this::targetLine).toList());
                    return;
                }
            }
        });
        ScrollPane scroll = new ScrollPane(targetBox);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(150);
        scroll.setMinHeight(100);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(6, adder, scroll);
    }

    private HBox targetLine(TargetRow row) {
        Label name = new Label(accountName(row.account()));
        name.setMinWidth(250);
        name.setPrefWidth(250);
        name.setTooltip(new javafx.scene.control.Tooltip(accountName(row.account())));
        DatePicker date = new DatePicker(row.timeProperty().get().toLocalDate());
        date.setPrefWidth(150);
        date.setMinWidth(150);
        TextField time = new TextField(HOUR.format(row.timeProperty().get()));
        time.setPrefColumnCount(4);
        time.setMinWidth(70);
        Runnable apply = () -> {
            try {
                if (date.getValue() != null) {
                    row.timeProperty().set(LocalDateTime.of(date.getValue(), LocalTime.parse(time.getText(), HOUR)));
                    time.getStyleClass().remove("invalid");
                }
            } catch (DateTimeParseException ex) {
                if (!time.getStyleClass().contains("invalid")) {
                    time.getStyleClass().add("invalid");
                }
            }
        };
        date.valueProperty().addListener((o, a, b) -> apply.run());
        time.textProperty().addListener((o, a, b) -> apply.run());
        TextArea variant = new TextArea();
        variant.setId("editor-variant-" + row.account().channel().code());
        variant.setPromptText(messages.get("editor.variant.prompt"));
        variant.setPrefRowCount(2);
        variant.setWrapText(true);
        variant.textProperty().bindBidirectional(row.variantProperty());
        HBox.setHgrow(variant, Priority.ALWAYS);
        Label counter = new Label();
        counter.setId("editor-counter-" + row.account().channel().code());
        counter.setMinWidth(110);
        counter.textProperty().bind(Bindings.createStringBinding(() -> row.limited()
                ? messages.format("editor.counter", row.lengthBinding().get(), row.limit())
                : messages.format("editor.counter.unlimited", row.lengthBinding().get()), row.lengthBinding()));
        counter.styleProperty().bind(Bindings.when(row.overLimitBinding())
                .then("-fx-text-fill: -warta-danger; -fx-font-weight: bold;").otherwise(""));
        Button remove = new Button("\u00d7");
        remove.setAccessibleText(messages.get("editor.account.remove"));
        remove.setOnAction(e -> model.removeTarget(row));
        HBox line = new HBox(8, TargetAdvice.under(name, row, model), date, time, variant, counter, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private HBox buttons() {
        Label status = new Label();
        status.setId("editor-status");
        status.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then(model.statusProperty()).otherwise(model.problemProperty()));
        status.styleProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then("").otherwise("-fx-text-fill: -warta-danger;"));
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button(messages.get("editor.save"));
        save.setId("editor-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Button submit = new Button();
        submit.setId("editor-submit");
        submit.getStyleClass().add("accent");
        submit.textProperty().bind(Bindings.createStringBinding(() -> model.blockingProperty().get() == 0
                ? messages.get("editor.submit")
                : messages.format("editor.submit.blocked", model.blockingProperty().get()), model.blockingProperty()));
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.submitForReview());
        Button close = new Button(messages.get("editor.close"));
        close.setOnAction(e -> close());
        HBox bar = new HBox(8, status, close, save, submit);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    // ---- closing ---------------------------------------------------------------------------------

    /** Closes, asking first when there are unsaved changes. */
    public void close() {
        if (closing) {
            return;
        }
        if (!model.dirtyProperty().get()) {
            shut();
            return;
        }
        ButtonType saveFirst = new ButtonType(messages.get("editor.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("editor.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("editor.unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("editor.unsaved.text"), saveFirst, discard,
                stay);
        ask.initOwner(stage);
        ask.setTitle(messages.get("editor.unsaved.title"));
        ask.setHeaderText(messages.get("editor.unsaved.title"));
        ask.showAndWait().ifPresent(answer -> {
            if (answer == saveFirst) {
                model.save(this::shut);
            } else if (answer == discard) {
                shut();
            }
        });
    }

    private void shut() {
        closing = true;
        checkPause.stop();
        autosave.stop();
        stage.close();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static String accountName(Account a) {
        return a.channel().displayName() + " \u00b7 " + a.handle();
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items,
                                         Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
