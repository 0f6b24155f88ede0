package id.warta.ui.editor;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;

/** The preview cards of every target account, one under the other. */
final class PreviewPane extends ScrollPane {
    private final EditorViewModel model;
    private final VBox cards = new VBox(12);
    private final Map<TargetRow, PreviewCard> built = new IdentityHashMap<>();
    private final ObjectBinding<Image> firstImage;
    private String loadedLocation;
    private Image loaded;

    PreviewPane(EditorViewModel model) {
        this.model = model;
        getStyleClass().add("preview-pane");
        setFitToWidth(true);
        setContent(cards);
        firstImage = Bindings.createObjectBinding(this::firstImage, model.media().items());
        model.targets().addListener((ListChangeListener<TargetRow>) c -> rebuild());
        rebuild();
    }

    /** The first image that is still there, loaded once and scaled in the background. */
    private Image firstImage() {
        MediaItem first = model.media().items().stream().filter(m -> m.isImage() && !m.missingProperty().get())
                .findFirst().orElse(null);
        if (first == null) {
            loadedLocation = null;
            loaded = null;
        } else if (!first.location().equals(loadedLocation)) {
            loadedLocation = first.location();
            loaded = new Image(first.file().toUri().toString(), PreviewCard.IMAGE_WIDTH * 2,
                    PreviewCard.IMAGE_HEIGHT * 2, true, true, true);
        }
        return loaded;
    }

    private void rebuild() {
        built.keySet().removeIf(r -> !model.targets().contains(r));
        if (model.targets().isEmpty()) {
            Label none = new Label(model.messages().get("editor.preview.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            cards.getChildren().setAll(none);
            return;
        }
        cards.getChildren().setAll(model.targets().stream()
                .map(r -> built.computeIfAbsent(r, x -> new PreviewCard(x, model, firstImage))).toList());
    }
}
