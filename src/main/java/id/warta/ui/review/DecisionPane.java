package id.warta.ui.review;

import id.warta.service.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The supervisor's side: the eight questions answered Ya or Tidak (a worrying answer needs a note),
 * then one comment box shared by the three decisions. Approve stays disabled until the checklist is
 * complete and nothing blocks; the service checks the same again.
 */
final class DecisionPane extends VBox {
    private final ReviewViewModel model;
    private final Messages messages;

    DecisionPane(ReviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("review-decision");
        setPadding(new Insets(12));
        setSpacing(10);
        setMinWidth(300);

        Label heading = new Label(messages.get("review.checklist.title"));
        heading.getStyleClass().add("review-section");
        Label hint = new Label(messages.get("review.checklist.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        VBox questions = new VBox(10);
        questions.setId("review-checklist");
        for (ChecklistRow row : model.checklist()) {
            questions.getChildren().add(question(row));
        }
        ScrollPane scroll = new ScrollPane(new VBox(6, heading, hint, questions));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        scroll.disableProperty().bind(model.detailProperty().isNull());
        getChildren().addAll(scroll, decisionBox());
    }

    private Node question(ChecklistRow row) {
        Label text = new Label(row.principle() + ". " + messages.get(row.questionKey()));
        text.setWrapText(true);
        text.getStyleClass().add("checklist-question");
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = new ToggleButton(messages.get("review.checklist.yes"));
        yes.setId("checklist-" + row.principle() + "-yes");
        yes.setUserData(Boolean.TRUE);
        ToggleButton no = new ToggleButton(messages.get("review.checklist.no"));
        no.setId("checklist-" + row.principle() + "-no");
        no.setUserData(Boolean.FALSE);
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.getStyleClass().addAll("small", "left-pill");
        no.getStyleClass().addAll("small", "right-pill");
        group.selectedToggleProperty().addListener((o, a, b) ->
                row.answerProperty().set(b == null ? null : (Boolean) b.getUserData()));
        row.answerProperty().addListener((o, a, b) -> group.selectToggle(b == null ? null : b ? yes : no));
        TextField note = new TextField();
        note.setId("checklist-" + row.principle() + "-note");
        note.setPromptText(messages.get("review.checklist.notePrompt"));
        note.textProperty().bindBidirectional(row.noteProperty());
        note.visibleProperty().bind(row.concernProperty());
        note.managedProperty().bind(note.visibleProperty());
        Label done = new Label();
        done.textProperty().bind(Bindings.when(row.completeProperty()).then("\u2713").otherwise(""));
        done.getStyleClass().add("checklist-done");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox answers = new HBox(0, yes, no, spacer, done);
        answers.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, text, answers, note);
    }

    private Node decisionBox() {
        Label blocks = new Label();
        blocks.setId("review-blocks");
        blocks.setWrapText(true);
        blocks.setMinHeight(Region.USE_PREF_SIZE);
        blocks.getStyleClass().add("review-warning");
        blocks.textProperty().bind(Bindings.createStringBinding(() -> model.openBlocks().isEmpty() ? ""
                : messages.format("review.blocksOpen", model.openBlocks().size()), model.openBlocks()));
        blocks.visibleProperty().bind(Bindings.isNotEmpty(model.openBlocks()));
        blocks.managedProperty().bind(blocks.visibleProperty());

        TextArea comment = new TextArea();
        comment.setId("review-decision-text");
        comment.setPromptText(messages.get("review.decision.prompt"));
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(model.decisionTextProperty());
        comment.disableProperty().bind(model.detailProperty().isNull());

        Button approve = new Button(messages.get("review.approve"));
        approve.setId("review-approve");
        approve.getStyleClass().add("success");
        approve.setDefaultButton(false);
        approve.disableProperty().bind(model.canApproveProperty().not());
        approve.setOnAction(e -> model.approve());
        approve.setTooltip(new Tooltip(messages.get("review.approve.tip")));
        Button changes = new Button(messages.get("review.requestChanges"));
        changes.setId("review-request-changes");
        changes.disableProperty().bind(model.canDecideProperty().not());
        changes.setOnAction(e -> model.requestChanges());
        Button reject = new Button(messages.get("review.reject"));
        reject.setId("review-reject");
        reject.getStyleClass().add("danger");
        reject.disableProperty().bind(model.canDecideProperty().not());
        reject.setOnAction(e -> model.reject());
        HBox buttons = new HBox(8, approve, changes, reject);
        buttons.setAlignment(Pos.CENTER_LEFT);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
                    // The accelerator outlives a rebuilt or hidden screen; act only while this button is on show.
                    if (approve.getScene() == scene && !approve.isDisabled()) {
                        approve.fire();
                    }
                });
            }
        });

        Label problem = new Label();
        problem.setId("review-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("review-warning");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label notice = new Label();
        notice.setId("review-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().add("review-success");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox box = new VBox(8, blocks, comment, buttons, problem, notice);
        box.getStyleClass().add("decision-box");
        return box;
    }
}
