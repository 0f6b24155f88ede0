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
        if (w.isPresent() && h.isPresent() && w.get() >= 640 && h.get() >= 480) {
            stage.setWidth(w.get());
            stage.setHeight(h.get());
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
