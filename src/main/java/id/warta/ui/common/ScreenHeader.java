package id.warta.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The title and one-line explanation at the top of every screen, with room for actions on the right. */
public final class ScreenHeader extends HBox {
    public ScreenHeader(String title, String subtitle, javafx.scene.Node... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-2", "screen-title");
        Label sub = new Label(subtitle);
        sub.getStyleClass().addAll("text-muted", "screen-subtitle");
        sub.setWrapText(true);
        VBox texts = new VBox(2, heading, sub);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(texts, spacer);
        getChildren().addAll(actions);
        getStyleClass().add("screen-header");
        setSpacing(8);
    }
}
