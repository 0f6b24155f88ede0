package id.warta.ui.editor;

import id.warta.domain.MediaRef;
import id.warta.service.MediaLibrary;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's attachments: attach (checked and copied off the FX thread), remove, reorder, alt
 * text per item. A file that vanished since it was attached is marked missing, never an error.
 */
public final class MediaViewModel {
    private final MediaLibrary library;
    private final BackgroundTasks files;
    private final Messages messages;
    private final ObservableList<MediaItem> items = FXCollections.observableArrayList(
            m -> new Observable[] {m.altTextProperty(), m.missingProperty()});
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerBinding imagesWithoutAltText = Bindings.createIntegerBinding(() ->
            (int) items.stream().filter(m -> m.needsAltTextBinding().get()).count(), items);
    private long loadGeneration;

    MediaViewModel(MediaLibrary library, BackgroundTasks files, Messages messages) {
        this.library = library;
        this.files = files;
        this.messages = messages;
    }

    /**
     * Checks and copies the files in the background and adds those that pass, in order; the
     * problems of the others are shown together. A file already attached is not added twice.
     */
    public void attach(List<Path> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        record Attached(List<MediaRef> refs, List<String> problems) { }
        busy.set(true);
        problem.set("");
        files.submit(() -> {
            List<MediaRef> refs = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Path p : chosen) {
                try {
                    refs.add(library.attach(p));
                } catch (RuntimeException e) {
                    problems.add(ErrorText.of(e, messages));
                }
            }
            return new Attached(refs, problems);
        }, a -> {
            busy.set(false);
            for (MediaRef ref : a.refs()) {
                if (items.stream().noneMatch(m -> m.location().equals(ref.location()))) {
                    items.add(new MediaItem(ref, library.resolve(ref.location())));
                }
            }
            problem.set(String.join("\n", a.problems()));
        }, e -> {
            busy.set(false);
            problem.set(ErrorText.of(e, messages));
        });
    }

    /** Shows a saved post's media; whether each file is still there is looked up in the background. */
    void load(List<MediaRef> refs) {
        long generation = ++loadGeneration;
        List<MediaItem> loaded = refs.stream().map(r -> new MediaItem(r, library.resolve(r.location()))).toList();
        items.setAll(loaded);
        problem.set("");
        files.submit(() -> loaded.stream().map(m -> !library.isPresent(m.location())).toList(), missing -> {
            if (generation == loadGeneration) {
                for (int i = 0; i < loaded.size(); i++) {
                    loaded.get(i).missingProperty().set(missing.get(i));
                }
            }
        }, e -> { });
    }

    public void remove(MediaItem item) {
        items.remove(item);
    }

    /** Moves the item one place earlier (-1) or later (+1); the first image is the post's cover. */
    public void move(MediaItem item, int by) {
        int from = items.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, item);
    }

    /** The references to store, in order, with their alt texts. */
    public List<MediaRef> refs() {
        return items.stream().map(MediaItem::ref).toList();
    }

    public ObservableList<MediaItem> items() {
        return items;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Images still without alt text: each keeps the post from passing review. */
    public IntegerBinding imagesWithoutAltTextBinding() {
        return imagesWithoutAltText;
    }
}
