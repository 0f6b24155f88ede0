package id.warta.ui.reports;

import id.warta.service.Messages;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/** "Jejak audit" on the reports screen: the chain's state and head, and the evidence export. */
public final class AuditTrailPanel extends VBox {
    /** ISO dates read the same in Indonesian and English and cannot be taken for month/day. */
    private static final StringConverter<LocalDate> ISO_DATES = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };

    private final AuditTrailViewModel model;
    private final Messages messages;

    public AuditTrailPanel(AuditTrailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("audit-trail");
        getStyleClass().addAll("settings-section", "audit-panel");
        setSpacing(10);
        Label title = new Label(messages.get("reports.audit.title"));
        title.getStyleClass().add("title-4");
        getChildren().addAll(title, facts(), exportRow(), feedback());
    }

    private GridPane facts() {
        Label entries = new Label();
        entries.setId("audit-entries");
        entries.textProperty().bind(model.entriesProperty().asString());

        Label status = new Label();
        status.setId("audit-status");
        status.getStyleClass().add("audit-status");
        status.textProperty().bind(model.statusProperty());
        model.brokenProperty().addListener((o, a, b) -> style(status, b));
        style(status, model.brokenProperty().get());

        TextField head = new TextField();
        head.setId("audit-head");
        head.setEditable(false);
        head.getStyleClass().add("hash-field");
        head.textProperty().bind(model.headProperty());
        HBox.setHgrow(head, Priority.ALWAYS);
        Button copy = new Button(messages.get("reports.audit.copy"));
        copy.setId("audit-copy");
        copy.disableProperty().bind(model.headProperty().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.headProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            model.headCopied();
        });
        Button recheck = new Button(messages.get("reports.audit.recheck"));
        recheck.setId("audit-recheck");
        recheck.disableProperty().bind(model.checkingProperty());
        recheck.setOnAction(e -> model.check());
        HBox headRow = new HBox(8, head, copy, recheck);
        headRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.addRow(0, label("reports.audit.entries"), entries);
        grid.addRow(1, label("reports.audit.status"), status);
        grid.addRow(2, label("reports.audit.head"), headRow);
        GridPane.setHgrow(headRow, Priority.ALWAYS);
        return grid;
    }

    private static void style(Label status, boolean broken) {
        status.getStyleClass().removeAll("intact", "broken");
        status.getStyleClass().add(broken ? "broken" : "intact");
    }

    private VBox exportRow() {
        ToggleGroup kind = new ToggleGroup();
        RadioButton dates = new RadioButton(messages.get("reports.audit.scope.dates"));
        dates.setId("audit-scope-dates");
        dates.setToggleGroup(kind);
        RadioButton post = new RadioButton(messages.get("reports.audit.scope.post"));
        post.setId("audit-scope-post");
        post.setToggleGroup(kind);
        (model.scopeProperty().get() == AuditTrailViewModel.Scope.POST ? post : dates).setSelected(true);
        kind.selectedToggleProperty().addListener((o, a, b) ->
                model.scopeProperty().set(b == post ? AuditTrailViewModel.Scope.POST : AuditTrailViewModel.Scope.DATES));

        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.setPrefWidth(150);
        from.setConverter(ISO_DATES);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.setPrefWidth(150);
        to.setConverter(ISO_DATES);
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField postId = new TextField();
        postId.setId("audit-post-id");
        postId.setPromptText(messages.get("reports.audit.postId"));
        postId.setPrefColumnCount(18);
        postId.textProperty().bindBidirectional(model.postIdProperty());
        var isPost = model.scopeProperty().isEqualTo(AuditTrailViewModel.Scope.POST);
        from.disableProperty().bind(isPost);
        to.disableProperty().bind(isPost);
        postId.disableProperty().bind(isPost.not());

        CheckBox zip = new CheckBox(messages.get("reports.audit.zip"));
        zip.setId("audit-zip");
        zip.selectedProperty().bindBidirectional(model.zipProperty());
        Button export = new Button(messages.get("reports.audit.export"));
        export.setId("audit-export");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.exportingProperty());
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("reports.audit.chooseFolder"));
            File folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (folder != null) {
                model.export(folder.toPath());
            }
        });
        Region gap = new Region();
        gap.setMinWidth(16);
        HBox scopeRow = new HBox(8, dates, label("reports.audit.from"), from, label("reports.audit.to"), to, gap, post,
                postId);
        scopeRow.setAlignment(Pos.CENTER_LEFT);
        HBox actionRow = new HBox(12, zip, export);
        actionRow.setAlignment(Pos.CENTER_LEFT);
        for (HBox row : List.of(scopeRow, actionRow)) {
            row.getChildren().forEach(n -> {
                if (n instanceof Control c) {
                    c.setMinWidth(Region.USE_PREF_SIZE);
                }
            });
        }
        return new VBox(8, scopeRow, actionRow);
    }

    private VBox feedback() {
        ProgressBar progress = new ProgressBar();
        progress.setId("audit-progress");
        progress.setPrefWidth(240);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        progress.managedProperty().bind(model.exportingProperty());
        Label message = new Label();
        message.setId("audit-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label problem = new Label();
        problem.setId("audit-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("audit-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label hint = new Label(messages.get("reports.audit.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.visibleProperty().bind(Bindings.and(model.messageProperty().isEmpty(), model.problemProperty().isEmpty()));
        hint.managedProperty().bind(hint.visibleProperty());
        return new VBox(6, progress, message, problem, hint);
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("field-label");
        return l;
    }
}
