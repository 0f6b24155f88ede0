package id.warta.ui.editor;

import id.warta.domain.Channel;
import id.warta.domain.ChannelPreview;
import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import java.net.URI;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * A rough picture of one publication as its channel shows it in a feed: the account, the caption
 * cut where the feed cuts it ("… lainnya"), the first image and the link card. Not a pixel copy of
 * any app; enough to see what readers get before they tap.
 */
final class PreviewCard extends VBox {
    static final double IMAGE_WIDTH = 300;
    static final double IMAGE_HEIGHT = 170;

    PreviewCard(TargetRow row, EditorViewModel model, ObjectBinding<Image> firstImage) {
        super(6);
        Messages messages = model.messages();
        Channel channel = row.account().channel();
        getStyleClass().addAll("preview-card", "preview-" + channel.code());
        setId("editor-preview-" + channel.code());
        Label who = new Label(channel.displayName() + " \u00b7 " + row.account().handle());
        who.getStyleClass().add("preview-account");
        StringBinding caption = Bindings.createStringBinding(() -> ChannelPreview.cut(channel,
                published(row, model), messages.get("editor.preview.more")), row.variantProperty(),
                model.bodyProperty(), model.hashtagsProperty());
        Label text = new Label();
        text.getStyleClass().add("preview-text");
        text.setWrapText(true);
        text.textProperty().bind(caption);
        text.setMaxWidth(IMAGE_WIDTH);
        ImageView image = new ImageView();
        image.imageProperty().bind(firstImage);
        image.setFitWidth(IMAGE_WIDTH);
        image.setFitHeight(IMAGE_HEIGHT);
        image.setPreserveRatio(true);
        image.managedProperty().bind(firstImage.isNotNull());
        image.visibleProperty().bind(firstImage.isNotNull());
        StringBinding url = Bindings.createStringBinding(() -> model.utm().finalUrlFor(row.account()),
                model.utm().previews());
        Label host = new Label();
        host.getStyleClass().add("preview-link-host");
        host.textProperty().bind(Bindings.createStringBinding(() -> hostOf(url.get()), url));
        Label address = new Label();
        address.getStyleClass().add("preview-link-url");
        address.textProperty().bind(url);
        address.setMaxWidth(IMAGE_WIDTH - 40);
        HBox link = new HBox(8, Icons.of(Material2OutlinedAL.LINK), new VBox(2, host, address));
        link.getStyleClass().add("preview-link");
        link.managedProperty().bind(url.isNotEmpty());
        link.visibleProperty().bind(url.isNotEmpty());
        getChildren().addAll(who, image, text, link);
        setMaxWidth(IMAGE_WIDTH + 24);
    }

    /** What the account publishes: its own wording or the body, then the hashtags. */
    static String published(TargetRow row, EditorViewModel model) {
        String own = row.variantProperty().get();
        String text = own == null || own.isBlank() ? model.bodyProperty().get() : own;
        String tags = model.hashtagsProperty().get() == null ? "" : model.hashtagsProperty().get().strip();
        return tags.isEmpty() ? text : text.strip() + "\n\n" + tags;
    }

    static String hostOf(String url) {
        try {
            String host = url.isEmpty() ? null : URI.create(url).getHost();
            return host == null ? "" : host.toUpperCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
