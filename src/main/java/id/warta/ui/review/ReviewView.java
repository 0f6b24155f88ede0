package id.warta.ui.review;

import id.warta.domain.CalendarEntry;
import id.warta.service.Messages;
import id.warta.ui.common.Formats;
import id.warta.ui.common.ScreenHeader;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The review queue; decisions arrive with the review-workflow issue. */
public final class ReviewView extends BorderPane {
    public ReviewView(ReviewViewModel model, Messages messages, ZoneId zone) {
        getStyleClass().addAll("screen", "review-screen");
        Formats formats = new Formats(messages.locale());
        Label count = new Label();
        count.setId("review-count");
        count.getStyleClass().add("title-4");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("review.count", model.queue().size()), model.queue()));
        setTop(new ScreenHeader(messages.get("review.title"), messages.get("review.subtitle"), count));

        ListView<CalendarEntry> list = new ListView<>(model.queue());
        list.setId("review-queue");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CalendarEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                Label when = new Label(formats.dateTime(e.scheduledAt(), zone));
                when.getStyleClass().add("agenda-time-wide");
                Label title = new Label(e.title());
                title.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(title, Priority.ALWAYS);
                Label channel = new Label(e.channel().displayName() + " · " + e.handle());
                channel.getStyleClass().add("text-muted");
                HBox row = new HBox(12, when, title, channel);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then(messages.get("review.empty")).otherwise(model.problemProperty()));
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        Label note = new Label(messages.get("review.comingSoon"));
        note.getStyleClass().addAll("text-muted", "screen-note");
        note.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox body = new VBox(10, list, note);
        body.getStyleClass().add("screen-body");
        setCenter(body);
    }
}
