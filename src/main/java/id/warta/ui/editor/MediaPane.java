package id.warta.ui.editor;

import id.warta.domain.MediaKind;
import id.warta.service.MediaLibrary;
import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import java.io.File;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The editor's attachments as cards: thumbnail (loaded in the background), name, alt text, move
 * and remove. Files come from the file picker or are dropped on the pane.
 */
final class MediaPane extends VBox {
    static final double THUMB_WIDTH = 128;
    static final double THUMB_HEIGHT = 84;
    private static final double DETAILS_WIDTH = 260;

    private final MediaViewModel model;
    private final Messages messages;
    private final HBox cards = new HBox(10);
    /** Cards are kept per item so reordering or typing alt text never reloads a thumbnail. */
    private final Map<MediaItem, Node> built = new IdentityHashMap<>();
    private Function<Window, List<Path>> chooser = this::choose;

    MediaPane(MediaViewModel model, Messages messages) {
        super(6);
        this.model = model;
        this.messages = messages;
        getStyleClass().add("media-pane");
        Button attach = new Button(messages.get("editor.media.attach"), Icons.of(Material2OutlinedAL.ATTACH_FILE));
        attach.setId("editor-media-attach");
        attach.disableProperty().bind(model.busyProperty());
        attach.setOnAction(e -> model.attach(chooser.apply(getScene() == null ? null : getScene().getWindow())));
        Label hint = new Label(messages.format("editor.media.hint", MediaLibrary.MAX_BYTES / (1024 * 1024)));
        hint.getStyleClass().add("muted");
        hint.setMinWidth(0);
        Label missingAlt = new Label();
        missingAlt.setId("editor-media-alt-missing");
        missingAlt.getStyleClass().add("media-warning");
        missingAlt.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.imagesWithoutAltTextBinding().get();
            return n == 0 ? "" : messages.format("editor.media.altMissing", n);
        }, model.imagesWithoutAltTextBinding()));
        HBox top = new HBox(10, attach, hint, missingAlt);
        top.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("editor-media-problem");
        problem.getStyleClass().add("media-warning");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        Label empty = new Label(messages.get("editor.media.none"));
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(Bindings.isEmpty(model.items()));
        empty.managedProperty().bind(empty.visibleProperty());
        cards.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(new VBox(empty, cards));
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, problem, scroll);
        model.items().addListener((ListChangeListener<MediaItem>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                model.attach(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        rebuild();
    }

    /** For tests: the native file picker cannot be driven headless. */
    void chooseFilesWith(Function<Window, List<Path>> newChooser) {
        this.chooser = newChooser;
    }

    private List<Path> choose(Window owner) {
        FileChooser picker = new FileChooser();
        picker.setTitle(messages.get("editor.media.attach"));
        picker.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.get("editor.media.filter.all"), "*.png", "*.jpg", "*.jpeg",
                        "*.gif", "*.webp", "*.bmp", "*.mp4", "*.m4v", "*.mov", "*.webm", "*.mkv", "*.avi",
                        "*.PNG", "*.JPG", "*.JPEG", "*.MP4", "*.MOV"),
                new FileChooser.ExtensionFilter(messages.get("editor.media.filter.images"), "*.png", "*.jpg",
                        "*.jpeg", "*.gif", "*.webp", "*.bmp", "*.PNG", "*.JPG", "*.JPEG"),
                new FileChooser.ExtensionFilter(messages.get("editor.media.filter.videos"), "*.mp4", "*.m4v",
                        "*.mov", "*.webm", "*.mkv", "*.avi", "*.MP4", "*.MOV"));
        List<File> files = picker.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    private void rebuild() {
        built.keySet().removeIf(k -> !model.items().contains(k));
        cards.getChildren().setAll(model.items().stream().map(m -> built.computeIfAbsent(m, this::card)).toList());
    }

    private Node card(MediaItem item) {
        StackPane thumb = new StackPane(thumbnail(item));
        thumb.getStyleClass().add("media-thumb");
        thumb.setPrefSize(THUMB_WIDTH, THUMB_HEIGHT);
        thumb.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
        thumb.setMaxSize(THUMB_WIDTH, THUMB_HEIGHT);
        Label name = new Label(item.displayName());
        name.getStyleClass().add("media-name");
        name.setTooltip(new Tooltip(item.displayName()));
        Label missing = new Label(messages.get("editor.media.missing"));
        missing.getStyleClass().add("media-warning");
        missing.visibleProperty().bind(item.missingProperty());
        missing.managedProperty().bind(item.missingProperty());
        TextField alt = new TextField();
        alt.getStyleClass().add("media-alt");
        alt.setPromptText(messages.get(item.isImage() ? "editor.media.alt.required" : "editor.media.alt.optional"));
        alt.setAccessibleText(messages.format("editor.media.alt.for", item.displayName()));
        alt.textProperty().bindBidirectional(item.altTextProperty());
        alt.setPrefWidth(DETAILS_WIDTH);
        Button earlier = iconButton(Material2OutlinedAL.CHEVRON_LEFT, "editor.media.earlier");
        earlier.setOnAction(e -> model.move(item, -1));
        Button later = iconButton(Material2OutlinedAL.CHEVRON_RIGHT, "editor.media.later");
        later.setOnAction(e -> model.move(item, 1));
        Button remove = iconButton(Material2OutlinedAL.CLOSE, "editor.media.remove");
        remove.getStyleClass().add("media-remove");
        remove.setOnAction(e -> model.remove(item));
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(2, name, earlier, later, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox details = new VBox(4, top, missing, alt);
        details.setPrefWidth(DETAILS_WIDTH);
        HBox card = new HBox(8, thumb, details);
        card.getStyleClass().add("media-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        Runnable mark = () -> {
            card.getStyleClass().removeAll("media-needs-alt");
            if (item.needsAltTextBinding().get()) {
                card.getStyleClass().add("media-needs-alt");
            }
        };
        item.needsAltTextBinding().addListener((o, a, b) -> mark.run());
        mark.run();
        return card;
    }

    private static Node thumbnail(MediaItem item) {
        if (item.kind() != MediaKind.IMAGE) {
            Node icon = Icons.of(item.kind() == MediaKind.VIDEO ? Material2OutlinedMZ.MOVIE
                    : Material2OutlinedAL.ATTACH_FILE);
            icon.getStyleClass().add("media-icon");
            return icon;
        }
        // Scaled while loading, on JavaFX's background loader: never on the FX thread.
        Image image = new Image(item.file().toUri().toString(), THUMB_WIDTH, THUMB_HEIGHT, true, true, true);
        ImageView view = new ImageView(image);
        Node broken = Icons.of(Material2OutlinedAL.BROKEN_IMAGE);
        broken.getStyleClass().add("media-icon");
        broken.visibleProperty().bind(image.errorProperty().or(item.missingProperty()));
        view.visibleProperty().bind(broken.visibleProperty().not());
        return new StackPane(view, broken);
    }

    private Button iconButton(org.kordamp.ikonli.Ikon ikon, String key) {
        Button b = new Button(null, Icons.of(ikon));
        b.getStyleClass().addAll("flat", "small");
        b.setAccessibleText(messages.get(key));
        b.setTooltip(new Tooltip(messages.get(key)));
        return b;
    }
}
