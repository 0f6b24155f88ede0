package id.warta.ui.export;

import id.warta.domain.Channel;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The export dialog: filters, the live count, a file chooser; the file is written in the background. */
public final class ExportDialog {
    /** Stands for "any" in the choice lists; the filter treats it as no filter. */
    private static final String ANY = "";

    private final ExportViewModel model;
    private final Messages messages;
    private final Stage stage = new Stage();

    private ExportDialog(Window owner, ExportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("export.dialog.title"));
        Scene scene = new Scene(content());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    /** Opens the dialog over {@code owner} and starts counting. */
    public static Stage show(Window owner, ExportViewModel model, Messages messages) {
        ExportDialog dialog = new ExportDialog(owner, model, messages);
        model.load();
        dialog.stage.show();
        return dialog.stage;
    }

    private VBox content() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        DatePicker from = new DatePicker();
        from.setId("export-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("export-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        grid.addRow(0, label("export.dialog.from"), from, label("export.dialog.to"), to);
        grid.addRow(1, label("export.dialog.client"), choice("export-client", model.clients(), model.clientProperty(),
                false));
        grid.addRow(2, label("export.dialog.account"), choice("export-account", model.accounts(),
                model.accountProperty(), false));
        grid.addRow(3, label("export.dialog.channel"), choice("export-channel", model.channels(),
                model.channelProperty(), true));
        grid.addRow(4, label("export.dialog.campaign"), choice("export-campaign", model.campaigns(),
                model.campaignProperty(), false));

        FlowPane states = new FlowPane(12, 6);
        states.setPrefWrapLength(460);
        for (WorkflowState s : WorkflowState.values()) {
            CheckBox box = new CheckBox(messages.get("state." + s.code()));
            box.setId("export-state-" + s.code());
            box.selectedProperty().bindBidirectional(model.stateProperty(s));
            states.getChildren().add(box);
        }
        Label statesHint = new Label(messages.format("export.dialog.cancelledHint", id.warta.service.ExportService.CANCELLED_KEPT_DAYS));
        statesHint.getStyleClass().add("text-muted");
        statesHint.setWrapText(true);

        Label count = new Label();
        count.setId("export-count");
        count.getStyleClass().add("title-4");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.countProperty().get() < 0
                ? messages.get("export.dialog.counting")
                : messages.format("export.dialog.count", model.countProperty().get()), model.countProperty()));
        Label problem = message("export-problem", model.problemProperty(), "danger");
        Label result = message("export-result", model.resultProperty(), "success");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("small-spinner");
        spinner.visibleProperty().bind(model.busyProperty());

        Button close = new Button(messages.get("export.dialog.close"));
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button save = new Button(messages.get("export.dialog.save"));
        save.setId("export-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canExport(), model.countProperty(),
                model.busyProperty()));
        save.setOnAction(e -> chooseAndWrite());
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(spinner, close, save);

        Label heading = new Label(messages.get("export.dialog.heading"));
        heading.getStyleClass().add("title-3");
        Label intro = new Label(messages.get("export.dialog.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        VBox box = new VBox(10, heading, intro, grid, label("export.dialog.states"), states, statesHint, count,
                problem, result, buttons);
        box.setPadding(new Insets(18));
        box.setPrefWidth(560);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("export-dialog");
        VBox.setVgrow(grid, Priority.NEVER);
        return box;
    }

    private void chooseAndWrite() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.dialog.chooserTitle"));
        chooser.setInitialFileName("warta.ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.dialog.fileType"),
                "*.ics"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.writeTo(Path.of(file.getPath()), () -> { });
        }
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private Label message(String id, StringProperty text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.managedProperty().bind(text.isNotEmpty());
        l.visibleProperty().bind(text.isNotEmpty());
        return l;
    }

    /** A choice list whose first entry means "any"; channels show their brand names. */
    private ComboBox<String> choice(String id, ObservableList<String> names, StringProperty target, boolean channels) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        GridPane.setColumnSpan(box, 3);
        Runnable fill = () -> {
            String keep = box.getValue();
            box.getItems().setAll(ANY);
            box.getItems().addAll(names);
            box.setValue(keep == null || !box.getItems().contains(keep) ? ANY : keep);
        };
        names.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                if (value == null || value.isEmpty()) {
                    return messages.get("export.dialog.any");
                }
                return channels ? Channel.fromCode(value).map(Channel::displayName).orElse(value) : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.valueProperty().addListener((o, a, b) -> target.set(b == null || b.isEmpty() ? null : b));
        return box;
    }
}
