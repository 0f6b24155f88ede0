package id.warta.ui.shell;

import id.warta.service.Messages;
import id.warta.service.ReadOnlyMode;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Follows the session's read-only mode for the window: whether it is on and the sentence the banner
 * shows. Changes may come from any thread (a lost connection); they are applied on the FX thread.
 */
public final class ReadOnlyBannerModel {
    private final Messages messages;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    /**
     * @param fxThread runs on the FX thread ({@code Platform::runLater}; tests: {@code Runnable::run})
     */
    public ReadOnlyBannerModel(ReadOnlyMode mode, Messages messages, Consumer<Runnable> fxThread) {
        this.messages = messages;
        apply(mode.reason());
        mode.addListener(reason -> fxThread.accept(() -> apply(reason)));
    }

    private void apply(Optional<ReadOnlyMode.Reason> reason) {
        active.set(reason.isPresent());
        text.set(reason.map(r -> messages.format("readOnly.banner",
                messages.format(r.messageKey(), r.arguments().toArray()))).orElse(""));
    }

    /** Writing is off: editors and actions that save are disabled. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
