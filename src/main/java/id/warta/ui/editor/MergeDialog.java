package id.warta.ui.editor;

import id.warta.domain.ThreeWay.Pick;
import id.warta.domain.WordDiff;
import id.warta.service.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The merge dialog: a thin view over {@link MergeViewModel}. Per conflicting field my version, the
 * stored version (who saved it and when, above) and the result side by side; Tab moves from field
 * to field (the arrows choose within one), Enter saves, Esc cancels. The texts are read-only and scroll, so long bodies stay readable.
 */
public final class MergeDialog {
    /** Text areas grow with their text up to this many lines, then scroll. */
    private static final int MAX_ROWS = 8;
    private static final int BASE_PREVIEW = 140;
    /** Roughly one line of the default font, for sizing the marked texts like the text areas. */
    private static final double LINE_HEIGHT = 19;

    private final MergeViewModel model;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final VBox rowsBox = new VBox(12);

    private MergeDialog(Window owner, MergeViewModel model) {
        this.model = model;
        this.messages = model.messages();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("editor.merge.title"));
        Scene scene = new Scene(content(), 1120, 660);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                model.cancel();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                // Every text here is read-only, so Enter always means "save", wherever the focus is.
                e.consume();
                model.save();
            }
        });
        stage.setOnCloseRequest(e -> model.cancel());
        model.finishedProperty().addListener((o, was, done) -> {
            if (done) {
                stage.close();
            }
        });
        model.rows().addListener((ListChangeListener<MergeViewModel.Row>) c -> fillRows());
        fillRows();
    }

    /** Shows the dialog for the model's conflicts; it closes itself once saved or cancelled. */
    public static MergeDialog show(Window owner, MergeViewModel model) {
        MergeDialog dialog = new MergeDialog(owner, model);
        dialog.stage.show();
        dialog.rowsBox.lookupAll(".radio-button").stream().findFirst().ifPresent(n -> n.requestFocus());
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    private BorderPane content() {
        Label intro = new Label(messages.get("editor.merge.intro"));
        intro.setWrapText(true);
        Label heading = new Label(messages.get("editor.merge.title"));
        heading.getStyleClass().add("warta-merge-heading");
        Label storedBy = new Label();
        storedBy.setId("merge-stored-by");
        storedBy.getStyleClass().add("warta-merge-stored-by");
        storedBy.textProperty().bind(Bindings.concat(messages.get("editor.merge.theirs"), ": ",
                model.storedByProperty()));
        VBox top = new VBox(6, heading, intro, storedBy);
        top.setPadding(new Insets(0, 0, 12, 0));

        ScrollPane scroll = new ScrollPane(rowsBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("warta-merge-scroll");
        rowsBox.setPadding(new Insets(4, 12, 4, 0));

        Label problem = new Label();
        problem.setId("merge-problem");
        problem.getStyleClass().add("warta-merge-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());

        Button allMine = new Button(messages.get("editor.merge.allMine"));
        allMine.setId("merge-all-mine");
        allMine.setOnAction(e -> model.useAllMine());
        Button allTheirs = new Button(messages.get("editor.merge.allTheirs"));
        allTheirs.setId("merge-all-theirs");
        allTheirs.setOnAction(e -> model.useAllTheirs());
        Button cancel = new Button(messages.get("editor.merge.cancel"));
        cancel.setId("merge-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        Button save = new Button(messages.get("editor.merge.save"));
        save.setId("merge-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, allMine, allTheirs, gap, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(8, problem, buttons);
        bottom.setPadding(new Insets(12, 0, 0, 0));

        BorderPane root = new BorderPane(scroll, top, null, bottom, null);
        root.setId("merge-dialog");
        root.getStyleClass().add("warta-merge");
        root.setPadding(new Insets(16));
        return root;
    }

    private void fillRows() {
        rowsBox.getChildren().clear();
        int i = 0;
        for (MergeViewModel.Row row : model.rows()) {
            rowsBox.getChildren().add(row(row, i++));
        }
    }

    private VBox row(MergeViewModel.Row row, int index) {
        Label field = new Label(row.label());
        field.getStyleClass().add("warta-merge-field");
        String base = row.base().length() > BASE_PREVIEW ? row.base().substring(0, BASE_PREVIEW) + "\u2026"
                : row.base();
        Label was = new Label(messages.format("editor.merge.base", base.replace('\n', ' ')));
        was.getStyleClass().add("warta-merge-base");

        ToggleGroup group = new ToggleGroup();
        RadioButton mine = new RadioButton(messages.get("editor.merge.pickMine"));
        mine.setId("merge-mine-" + index);
        mine.setToggleGroup(group);
        mine.setUserData(Pick.MINE);
        RadioButton theirs = new RadioButton(messages.get("editor.merge.pickTheirs"));
        theirs.setId("merge-theirs-" + index);
        theirs.setToggleGroup(group);
        theirs.setUserData(Pick.THEIRS);
        group.selectToggle(row.pickProperty().get() == Pick.THEIRS ? theirs : mine);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                row.pickProperty().set((Pick) b.getUserData());
            }
        });
        row.pickProperty().addListener((o, a, b) -> group.selectToggle(b == Pick.THEIRS ? theirs : mine));

        Label mineHead = new Label(messages.get("editor.merge.mine"));
        mineHead.getStyleClass().add("warta-merge-column");
        Label theirsHead = new Label(messages.get("editor.merge.theirs"));
        theirsHead.getStyleClass().add("warta-merge-column");
        Label resultHead = new Label(messages.get("editor.merge.result"));
        resultHead.getStyleClass().add("warta-merge-column");

        int lines = Math.min(MAX_ROWS, Math.max(2, Math.max(lineCount(row.mine()), lineCount(row.theirs()))));
        TextArea result = area(row.resultProperty().get(), "merge-result-" + index);
        // The result scrolls to where the chosen side differs, as that side's text does.
        double[] firstY = {0, 0};
        Runnable follow = () -> result.setScrollTop(firstY[row.pickProperty().get() == Pick.THEIRS ? 1 : 0]);
        ScrollPane mineText = marked(row, WordDiff.Kind.ADDED, "merge-mine", index, lines, y -> {
            firstY[0] = y;
            follow.run();
        });
        ScrollPane theirsText = marked(row, WordDiff.Kind.REMOVED, "merge-theirs", index, lines, y -> {
            firstY[1] = y;
            follow.run();
        });
        row.resultProperty().addListener(o -> javafx.application.Platform.runLater(follow));
        result.textProperty().bind(row.resultProperty());
        result.getStyleClass().add("warta-merge-result");
        result.setPrefRowCount(lines);
        result.prefHeightProperty().bind(mineText.prefHeightProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / 3);
            col.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(col);
        }
        grid.add(mineHead, 0, 0);
        grid.add(theirsHead, 1, 0);
        grid.add(resultHead, 2, 0);
        grid.add(mineText, 0, 1);
        grid.add(theirsText, 1, 1);
        grid.add(result, 2, 1);
        grid.add(mine, 0, 2);
        grid.add(theirs, 1, 2);

        VBox box = new VBox(4, field, was, grid);
        box.setId("merge-row-" + index);
        box.getStyleClass().add("warta-merge-row");
        return box;
    }

    /**
     * One side's text with the words the other side does not have marked, scrolled to the first
     * of them so a change deep in a long text is in view.
     */
    private static ScrollPane marked(MergeViewModel.Row row, WordDiff.Kind own, String id, int index, int lines,
                                     java.util.function.DoubleConsumer scrolledTo) {
        TextFlow flow = new TextFlow();
        flow.setId(id + "-flow-" + index);
        flow.getStyleClass().add("warta-merge-text");
        Text first = null;
        for (WordDiff.Segment s : row.changes()) {
            if (s.kind() != WordDiff.Kind.SAME && s.kind() != own) {
                continue;
            }
            Text t = new Text(s.text());
            boolean changed = s.kind() == own;
            t.getStyleClass().add(changed ? "warta-merge-changed" : "warta-merge-same");
            if (changed && first == null && !s.text().isBlank()) {
                first = t;
            }
            flow.getChildren().add(t);
        }
        ScrollPane pane = new ScrollPane(flow);
        pane.setId(id + "-text-" + index);
        pane.getStyleClass().add("warta-merge-pane");
        pane.setFitToWidth(true);
        pane.setFocusTraversable(false);
        pane.setPrefHeight(lines * LINE_HEIGHT + 24);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        Text firstChange = first;
        if (firstChange != null) {
            boolean[] done = {false};
            Runnable scroll = () -> {
                double room = flow.getHeight() - pane.getViewportBounds().getHeight();
                if (!done[0] && room > 0 && pane.getViewportBounds().getHeight() > 0) {
                    double y = firstChange.getBoundsInParent().getMinY() - LINE_HEIGHT;
                    pane.setVvalue(Math.max(0, Math.min(1, y / room)));
                    done[0] = y > 0;
                    scrolledTo.accept(Math.max(0, y));
                }
            };
            flow.heightProperty().addListener(o -> scroll.run());
            pane.viewportBoundsProperty().addListener(o -> scroll.run());
            flow.layoutBoundsProperty().addListener(o -> scroll.run());
        }
        return pane;
    }

    /** Read-only and out of the Tab order: Tab goes from choice to choice, not into the texts. */
    private static TextArea area(String text, String id) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setFocusTraversable(false);
        area.setMinHeight(Region.USE_PREF_SIZE);
        return area;
    }

    private static int lineCount(String text) {
        // A wrapped line of about 45 characters per column at the dialog's width.
        return text.lines().mapToInt(l -> 1 + l.length() / 45).sum();
    }
}
