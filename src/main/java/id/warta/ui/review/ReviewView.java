package id.warta.ui.review;

import id.warta.service.Messages;
import id.warta.service.ReviewItem;
import id.warta.ui.common.Icons;
import id.warta.ui.common.ScreenHeader;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The review desk: queue on the left, the post in the middle, checklist and decision on the right. */
public final class ReviewView extends BorderPane {
    private final ReviewViewModel model;
    private final Messages messages;

    public ReviewView(ReviewViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll("screen", "review-screen");
        setTop(header());

        ListView<ReviewItem> queue = new ListView<>(model.queue());
        queue.setId("review-queue");
        queue.getStyleClass().add("review-queue");
        queue.setCellFactory(v -> new ReviewQueueCell(messages, zone));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then(messages.get("review.empty")).otherwise(model.problemProperty()));
        empty.getStyleClass().add("text-muted");
        queue.setPlaceholder(empty);
        queue.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.select(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                queue.getSelectionModel().clearSelection();
            } else if (queue.getSelectionModel().getSelectedItem() != b) {
                queue.getSelectionModel().select(b);
            }
        });

        SplitPane split = new SplitPane(queue, new ReviewDetailPane(model, messages, zone),
                new DecisionPane(model, messages));
        split.setDividerPositions(0.27, 0.66);
        SplitPane.setResizableWithParent(queue, false);
        VBox body = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        body.getStyleClass().add("screen-body");
        setCenter(body);

        model.conflictProperty().addListener((o, a, conflict) -> {
            if (conflict != null && getScene() != null) {
                ConflictDialog.show(getScene().getWindow(), messages, conflict);
                model.reloadAfterConflict();
            }
        });
    }

    private ScreenHeader header() {
        Label count = new Label();
        count.setId("review-count");
        count.getStyleClass().add("title-4");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("review.count", model.queue().size()), model.queue()));
        ComboBox<String> client = filter("review-filter-client", "review.filter.allClients", model.clients());
        client.valueProperty().bindBidirectional(model.clientFilterProperty());
        ComboBox<String> account = filter("review-filter-account", "review.filter.allAccounts", model.accounts());
        account.valueProperty().bindBidirectional(model.accountFilterProperty());
        Button refresh = new Button(null, Icons.of(Material2OutlinedMZ.REFRESH));
        refresh.setId("review-refresh");
        refresh.getStyleClass().addAll("button-icon", "flat");
        refresh.setTooltip(new Tooltip(messages.get("review.refresh")));
        refresh.setAccessibleText(messages.get("review.refresh"));
        refresh.setOnAction(e -> model.load());
        HBox actions = new HBox(8, count, client, account, refresh);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new ScreenHeader(messages.get("review.title"), messages.get("review.subtitle"), actions);
    }

    /** A filter box whose empty choice reads "all …" and clears the filter. */
    private ComboBox<String> filter(String id, String allKey, javafx.collections.ObservableList<String> values) {
        javafx.collections.ObservableList<String> choices = javafx.collections.FXCollections.observableArrayList();
        Runnable sync = () -> {
            // One setAll with "all" first: an add(0, …) afterwards would shift a selection of "all" onto a name.
            java.util.List<String> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(values);
            choices.setAll(all);
        };
        sync.run();
        values.addListener((javafx.collections.ListChangeListener<String>) c -> sync.run());
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId(id);
        box.setPromptText(messages.get(allKey));
        box.setAccessibleText(messages.get(allKey));
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get(allKey) : item);
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setPrefWidth(180);
        return box;
    }
}
