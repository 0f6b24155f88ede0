package id.warta.ui.review;

import id.warta.domain.Post;
import id.warta.service.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Shows what the reviewer read beside what is stored now, so nothing is decided on a text nobody saw. */
final class ConflictDialog {
    private ConflictDialog() {
    }

    static void show(Window owner, Messages messages, ReviewConflict conflict) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(messages.get("review.conflict.title"));
        alert.setHeaderText(messages.get("review.conflict.header"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.add(new Label(messages.get("review.conflict.yours")), 0, 0);
        grid.add(new Label(messages.get("review.conflict.theirs")), 1, 0);
        grid.add(text("conflict-yours", conflict.reviewed()), 0, 1);
        grid.add(text("conflict-theirs", conflict.current()), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.setPrefWidth(720);
        alert.getDialogPane().setContent(grid);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("review.conflict.reload"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    private static TextArea text(String id, Post post) {
        TextArea area = new TextArea(post.title() + "\n\n" + post.body());
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(12);
        return area;
    }
}
