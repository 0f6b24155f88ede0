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
 * Arguments: {@code calendar|settings} and {@code id|en}. Run under Xvfb at 1366x768 and capture with
 * {@code import -window root}; see docs/screenshots/planning-shots.sh.
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
        });
    }
}
