package id.warta.ui.review;

import id.warta.domain.Account;
import id.warta.service.Messages;
import id.warta.service.ReviewItem;
import id.warta.ui.common.Formats;
import java.time.ZoneId;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One waiting post: when it goes out, its title, where, who wrote it, and how many findings still block. */
final class ReviewQueueCell extends ListCell<ReviewItem> {
    private final Messages messages;
    private final Formats formats;
    private final ZoneId zone;

    ReviewQueueCell(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.zone = zone;
        // Without this the list grows sideways to the longest line instead of wrapping it.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ReviewItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label when = new Label(item.firstPublication().map(t -> formats.dateTime(t, zone))
                .orElse(messages.get("review.unscheduled")));
        when.getStyleClass().addAll("text-small", "review-when");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, when, spacer);
        if (item.blockingFindings() > 0) {
            Label blocks = new Label(messages.format("review.blockBadge", item.blockingFindings()));
            blocks.getStyleClass().add("review-block-badge");
            top.getChildren().add(blocks);
        }
        Label title = new Label(item.post().title());
        title.getStyleClass().add("review-item-title");
        title.setWrapText(true);
        String where = item.accounts().stream().map(Account::handle).collect(Collectors.joining(", "));
        Label meta = new Label(item.clientName() + " · " + where);
        meta.getStyleClass().addAll("text-muted", "text-small");
        meta.setWrapText(true);
        VBox box = new VBox(2, top, title, meta);
        if (!item.authorName().isBlank() || item.onBehalfOf().isPresent()) {
            String name = item.authorName().isBlank() ? "—" : item.authorName();
            Label author = new Label(item.onBehalfOf()
                    .map(boss -> messages.format("review.byAsPlh", name, boss))
                    .orElse(messages.format("review.by", name)));
            author.getStyleClass().addAll("text-muted", "text-small");
            author.setWrapText(true);
            box.getChildren().add(author);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        setGraphic(box);
        setText(null);
    }
}
