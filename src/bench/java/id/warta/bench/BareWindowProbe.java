package id.warta.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: a bare JavaFX window with one label, reporting {@code READY <ms>} (since JVM
 * start) two pulses after it was shown, exactly like {@code warta --startup-probe}. Run side by side
 * with the app (docs/performance.md) so machine load affects both alike.
 */
public final class BareWindowProbe {
    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("Warta")), 1280, 800));
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames < 2) {
                        return;
                    }
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("READY " + ms);
                    Platform.exit();
                }
            }.start();
        });
    }
}
