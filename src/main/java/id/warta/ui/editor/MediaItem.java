package id.warta.ui.editor;

import id.warta.domain.MediaKind;
import id.warta.domain.MediaRef;
import id.warta.service.MediaLibrary;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One attached file in the editor: where it is stored, what it is, its alt text, and whether it is still there. */
public final class MediaItem {
    private final String location;
    private final MediaKind kind;
    private final Path file;
    private final StringProperty altText;
    private final BooleanProperty missing = new SimpleBooleanProperty();
    private final BooleanBinding needsAltText;

    MediaItem(MediaRef ref, Path file) {
        this.location = ref.location();
        this.kind = MediaKind.of(ref.location()).orElse(null);
        this.file = file;
        this.altText = new SimpleStringProperty(ref.altText());
        this.needsAltText = Bindings.createBooleanBinding(() -> kind == MediaKind.IMAGE
                && (altText.get() == null || altText.get().isBlank()), altText);
    }

    public String location() {
        return location;
    }

    /** Image or video; null for a stored file of another kind (written by another tool). */
    public MediaKind kind() {
        return kind;
    }

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    /** The file on this computer, for the thumbnail. */
    public Path file() {
        return file;
    }

    /** The name the user attached. */
    public String displayName() {
        return MediaLibrary.displayName(location);
    }

    public StringProperty altTextProperty() {
        return altText;
    }

    /** True when the file is no longer where it was stored (moved or deleted outside Warta). */
    public BooleanProperty missingProperty() {
        return missing;
    }

    /** An image without alt text: the post cannot pass review like this. */
    public BooleanBinding needsAltTextBinding() {
        return needsAltText;
    }

    public MediaRef ref() {
        return new MediaRef(location, altText.get());
    }
}
