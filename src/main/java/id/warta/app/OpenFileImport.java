package id.warta.app;

import id.warta.service.Messages;
import id.warta.service.Overlay;
import id.warta.service.Workspace;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * An {@code .ics} file opened from the file manager ({@code warta FILE.ics} or {@code --open FILE.ics}): once the
 * main window is up, the user is asked whether to import it as an extra calendar (an overlay, as Settings does),
 * with the file's name; a file that is not iCalendar is refused with a sentence saying so.
 */
final class OpenFileImport {
    private OpenFileImport() {
    }

    /** Why {@code file} cannot be offered for import, in the user's words; empty when it looks like iCalendar. */
    static Optional<String> refusal(Path file, Messages messages) {
        String name = String.valueOf(file.getFileName());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            String line = in.readLine();
            while (line != null && line.isBlank()) {
                line = in.readLine();
            }
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line == null || !line.strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
                return Optional.of(messages.format("open.ics.notCalendar", name));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(messages.format("overlay.error.read", name));
        }
    }

    /** Checks the file off the FX thread, then asks on the window; call on the FX thread. */
    static void offer(Stage owner, MainWindow window, Workspace workspace, BackgroundTasks tasks, Messages messages,
                      Path file) {
        String name = String.valueOf(file.getFileName());
        tasks.submit(() -> refusal(file, messages), refused -> {
            if (refused.isPresent()) {
                tell(owner, Alert.AlertType.ERROR, messages, refused.get());
                return;
            }
            if (confirm(owner, messages, name)) {
                tasks.submit(() -> workspace.overlays().importFile(file), (Overlay o) -> {
                    window.calendar().load();
                    tell(owner, Alert.AlertType.INFORMATION, messages,
                            messages.format("overlay.imported", o.name(), o.eventCount()));
                }, e -> tell(owner, Alert.AlertType.ERROR, messages,
                        messages.format("open.ics.failed", name, ErrorText.of(e, messages))));
            }
        }, e -> tell(owner, Alert.AlertType.ERROR, messages, ErrorText.of(e, messages)));
    }

    private static boolean confirm(Stage owner, Messages messages, String name) {
        ButtonType importButton = new ButtonType(messages.get("open.ics.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("open.ics.explain"), importButton, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("open.ics.title"));
        alert.setHeaderText(messages.format("open.ics.header", name));
        alert.getDialogPane().setId("open-ics-dialog");
        alert.getDialogPane().setPrefWidth(520);
        return alert.showAndWait().filter(b -> b == importButton).isPresent();
    }

    private static void tell(Stage owner, Alert.AlertType type, Messages messages, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.get("open.ics.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("open-ics-result");
        alert.getDialogPane().setPrefWidth(520);
        alert.show();
    }
}
