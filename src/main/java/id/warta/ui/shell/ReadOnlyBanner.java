package id.warta.ui.shell;

import id.warta.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The strip at the top of the main window while the session is read-only, saying why. */
public final class ReadOnlyBanner extends HBox {
    public ReadOnlyBanner(ReadOnlyBannerModel model) {
        setId("read-only-banner");
        getStyleClass().add("read-only-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label text = new Label();
        text.setId("read-only-text");
        text.setWrapText(true);
        text.textProperty().bind(model.textProperty());
        getChildren().addAll(Icons.of(Material2OutlinedAL.LOCK), text);
        visibleProperty().bind(model.activeProperty());
        managedProperty().bind(model.activeProperty());
    }
}
