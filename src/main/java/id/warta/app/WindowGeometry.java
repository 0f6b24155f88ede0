package id.warta.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers where the window was; a position on a screen that is gone is ignored. */
final class WindowGeometry {
    private WindowGeometry() {
    }

    static void restore(Stage stage, LocalPreferences prefs) {
        var w = prefs.getDouble("window.width");
        var h = prefs.getDouble("window.height");
        var x = prefs.getDouble("window.x");
        var y = prefs.getDouble("window.y");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (w.isPresent() && h.isPresent() && w.get() >= 640 && h.get() >= 480) {
            stage.setWidth(Math.min(w.get(), screen.getWidth()));
            stage.setHeight(Math.min(h.get(), screen.getHeight()));
        } else {
            // First start: most of the screen, as office laptops are often 1366 x 768.
            stage.setWidth(Math.min(1360, screen.getWidth() * 0.94));
            stage.setHeight(Math.min(880, screen.getHeight() * 0.94));
        }
        if (x.isPresent() && y.isPresent()
                && !Screen.getScreensForRectangle(new Rectangle2D(x.get(), y.get(), 100, 50)).isEmpty()) {
            stage.setX(x.get());
            stage.setY(y.get());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
    }

    static void remember(Stage stage, LocalPreferences prefs) {
        prefs.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.put("window.x", Double.toString(stage.getX()));
            prefs.put("window.y", Double.toString(stage.getY()));
            prefs.put("window.width", Double.toString(stage.getWidth()));
            prefs.put("window.height", Double.toString(stage.getHeight()));
        }
    }
}
