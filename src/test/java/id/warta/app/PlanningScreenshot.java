package id.warta.app;

import id.warta.ui.shell.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * The planning aids on the demo database as demo.admin, for docs/screenshots: the calendar with the
 * planning panel open and the demo quiet period, or the settings scrolled to the blackout section.
 * Arguments: {@code calendar|settings}, {@code id|en} and the PNG file to write. Run under Xvfb at
 * 1366x768; once the window has settled it writes a snapshot of its scene and exits (see
 * docs/screenshots/planning-shots.sh), so a slow machine cannot capture a half-drawn window.
 */
public final class PlanningScreenshot {
    private PlanningScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "calendar";
        String language = args.length > 1 ? args[1] : "id";
        Path dir = Files.createTempDirectory("warta-planning-shot");
        Clock clock = Clock.systemUTC();
        SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("demo.db"), new DataPaths(dir), "shot", clock);
        ws.demo().load();
        ws.demo().tryAs("demo.admin");
        Path prefs = dir.resolve("p.properties");
        Files.writeString(prefs, "language=" + language + "\ncalendarView=month\n");
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(ws, new id.warta.ui.common.SameThreadTasks(),
                    LocalPreferences.load(prefs), clock, "demo");
            window.attach(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            if (what.equals("settings")) {
                window.shell().show(Screen.SETTINGS);
                Platform.runLater(() -> Platform.runLater(() -> {
                    Node section = stage.getScene().lookup("#blackout-section");
                    ScrollPane scroll = (ScrollPane) stage.getScene().lookup(".settings-screen .scroll-pane");
                    if (section != null && scroll != null) {
                        double y = section.getParent().getBoundsInParent().getMinY();
                        double h = scroll.getContent().getBoundsInLocal().getHeight()
                                - scroll.getViewportBounds().getHeight();
                        scroll.setVvalue(Math.min(1, Math.max(0, (y - 10) / h)));
                    }
                }));
            } else {
                ((ToggleButton) stage.getScene().lookup("#planning-toggle")).fire();
            }
            System.out.println("planning shown");
            if (args.length > 2) {
                javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(
                        javafx.util.Duration.seconds(4));
                settle.setOnFinished(e -> {
                    write(stage.getScene().snapshot(null), Path.of(args[2]));
                    System.exit(0);
                });
                settle.play();
            }
        });
    }

    /** PNG through java.desktop's ImageIO; javafx.swing is not a dependency. */
    private static void write(javafx.scene.image.WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
