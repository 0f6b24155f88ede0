package id.warta.ui.calendar;

import id.warta.service.Messages;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks whether to schedule despite a warning (a quiet period that warns, a time outside posting hours). */
public final class ScheduleWarningDialog {
    private ScheduleWarningDialog() {
    }

    public static void ask(Window owner, Messages messages, String title, String warning, Consumer<Boolean> answer) {
        Alert ask = new Alert(Alert.AlertType.WARNING);
        ask.getDialogPane().setId("schedule-warning");
        if (owner != null) {
            ask.initOwner(owner);
        }
        ask.setTitle(messages.get("planning.warning.title"));
        ask.setHeaderText(messages.format("planning.warning.header", title));
        ask.setContentText(warning);
        ask.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType go = new ButtonType(messages.get("planning.warning.go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(go, cancel);
        answer.accept(ask.showAndWait().filter(b -> b == go).isPresent());
    }

    /** The calendar's check: issues from {@code source}, warnings asked in a dialog over the window. */
    public static ScheduleCheck check(java.util.function.BiFunction<String, java.time.Instant,
            java.util.List<id.warta.domain.ScheduleIssue>> source, Supplier<Window> owner, Messages messages) {
        return new ScheduleCheck() {
            @Override
            public java.util.List<id.warta.domain.ScheduleIssue> issues(String accountId, java.time.Instant at) {
                return source.apply(accountId, at);
            }

            @Override
            public void confirm(String title, String warning, Consumer<Boolean> answer) {
                // After the current event, so the dialog does not open inside CalendarFX's mouse handling.
                javafx.application.Platform.runLater(() -> ask(owner.get(), messages, title, warning, answer));
            }
        };
    }
}
