package id.warta.app;

import id.warta.ui.common.SameThreadTasks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Every main screen of the real window on a fresh demo database, at 1366x768 and 1920x1080, light and dark,
 * Indonesian and English, written to docs/screenshots/gallery/&lt;screen&gt;-&lt;width&gt;-&lt;theme&gt;-&lt;language&gt;.png.
 * Loads data on the FX thread so each picture shows the screen with its data, not a half-loaded one.
 * Run with docs/screenshots/gallery.sh (under Xvfb).
 */
public final class ScreenGallery {
    private static final List<String> SCREENS = List.of("calendar", "review", "reports", "settings");
    private static final List<Look> LOOKS = List.of(
            new Look(1366, 768, "light", "id"), new Look(1366, 768, "dark", "en"),
            new Look(1920, 1080, "light", "en"), new Look(1920, 1080, "dark", "id"));

    private record Look(int width, int height, String theme, String language) {
        String suffix() {
            return width + "-" + theme + "-" + language;
        }
    }

    private ScreenGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/gallery");
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("warta-gallery");
        Clock clock = Clock.systemUTC();
        SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("demo.db"), new DataPaths(dir), "gallery", clock);
        ws.demo().load();
        ws.demo().tryAs("demo.penyelia");
        ws.overlays().installHolidays();
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        for (Look look : LOOKS) {
            Path prefs = dir.resolve("prefs-" + look.suffix() + ".properties");
            Files.writeString(prefs, "language=" + look.language() + "\ntheme=" + look.theme() + "\n");
            Stage stage = onFx(() -> {
                Stage s = new Stage();
                s.setX(0);
                s.setY(0);
                s.setWidth(look.width());
                s.setHeight(look.height());
                new MainWindow(ws, new SameThreadTasks(), LocalPreferences.load(prefs), clock, "demo").attach(s);
                s.show();
                return s;
            });
            for (String screen : SCREENS) {
                onFx(() -> {
                    ((ToggleButton) stage.getScene().lookup("#nav-" + screen)).fire();
                    return null;
                });
                // Lets CSS, layout and CalendarFX's own deferred work settle before the picture.
                Thread.sleep(2500);
                Path file = out.resolve(screen + "-" + look.suffix() + ".png");
                write(onFx(() -> stage.getScene().snapshot(null)), file);
                System.out.println(file);
            }
            onFx(() -> {
                stage.close();
                return null;
            });
        }
        Platform.exit();
        System.exit(0);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void write(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
