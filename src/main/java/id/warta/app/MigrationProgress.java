package id.warta.app;

import id.warta.persistence.MigrationListener;
import id.warta.service.Messages;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * A small window that says the database is being upgraded while the schema migrates (the backup is already
 * made by then), so a long migration never looks like a program that hangs. Shown only when a migration runs.
 */
final class MigrationProgress implements MigrationListener {
    private final FxToolkit toolkit;
    private final Messages messages;
    private final Path file;
    private Stage splash;

    MigrationProgress(FxToolkit toolkit, Messages messages, Path file) {
        this.toolkit = toolkit;
        this.messages = messages;
        this.file = file;
    }

    @Override
    public void beforeMigration(boolean existingDatabase, int fromVersion, int toVersion) {
        if (!existingDatabase || !toolkit.await()) {
            return;
        }
        String text = messages.format("startup.migrating", file.getFileName().toString(), fromVersion, toVersion);
        Platform.runLater(() -> {
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add("migration-text");
            ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            bar.setMaxWidth(Double.MAX_VALUE);
            VBox box = new VBox(12, label, bar);
            box.setPadding(new Insets(20));
            box.getStyleClass().add("migration-progress");
            Stage stage = new Stage(StageStyle.UTILITY);
            stage.setTitle(messages.get("app.title"));
            Scene scene = new Scene(box, 420, 120);
            MainWindow.style(scene, id.warta.ui.common.Theme.LIGHT);
            stage.setScene(scene);
            stage.setOnCloseRequest(javafx.event.Event::consume);
            stage.show();
            synchronized (this) {
                splash = stage;
            }
        });
    }

    /** Closes the window if it was shown; any thread. */
    void close() {
        if (!toolkit.isUp()) {
            return;
        }
        Platform.runLater(() -> {
            Stage stage;
            synchronized (this) {
                stage = splash;
                splash = null;
            }
            if (stage != null) {
                stage.hide();
            }
        });
    }
}
