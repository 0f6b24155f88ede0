package id.warta.app;

import id.warta.domain.CalendarEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the editor on a flagged demo post as demo.staf, full screen, for docs/screenshots/editor.png.
 * Run under Xvfb at 1366x768 and capture with {@code import -window root}; see docs/screenshots/editor-shot.sh.
 */
public final class EditorScreenshot {
    private EditorScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("warta-editor-shot");
        Clock clock = Clock.systemUTC();
        SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("demo.db"), new DataPaths(dir), "shot", clock);
        ws.demo().load();
        ws.demo().tryAs("demo.staf");
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        LocalDate today = LocalDate.now(clock.withZone(wib));
        // A near-future post of the staff member's client whose text the checker flags.
        var writable = ws.editing().writableClients().stream().map(c -> c.id()).toList();
        String postId = ws.planning().between(today, today.plusDays(30), wib).stream()
                .filter(e -> writable.contains(e.clientId()))
                .map(CalendarEntry::postId).distinct()
                .filter(pid -> ws.ethics().checkDraft(ws.editing().open(pid).body(),
                        id.warta.ethics.CheckContext.EMPTY).stream()
                        .anyMatch(f -> f.severity() == id.warta.domain.Severity.BLOCK))
                .findFirst().orElseThrow();
        Platform.startup(() -> {
            Stage stage = new Stage();
            LocalPreferences prefs = LocalPreferences.load(dir.resolve("p.properties"));
            prefs.put("language", System.getProperty("shot.language", "id"));
            MainWindow window = new MainWindow(ws, new SameThread(), prefs, clock, "demo");
            window.attach(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            var editorWindow = window.openEditor(postId);
            Stage editor = editorWindow.stage();
            showParts(editorWindow, dir);
            editor.setX(0);
            editor.setY(0);
            editor.setWidth(1366);
            editor.setHeight(768);
            System.out.println("editor shown");
        });
    }

    /**
     * An attached poster without alt text, a link with UTM parameters, the previews on the right and
     * the media tab below: what the editor's parts look like in use. Skipped with -Dshot.plain=true;
     * -Dshot.tab=link|accounts|media picks the tab below the text, -Dshot.language=en the language.
     */
    private static void showParts(id.warta.ui.editor.EditorWindow editor, Path dir) {
        if (Boolean.getBoolean("shot.plain")) {
            return;
        }
        Path poster = dir.resolve("poster-vaksinasi.png");
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 360,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(14, 116, 144), 640, 360,
                    new java.awt.Color(34, 197, 94)));
            g.fillRect(0, 0, 640, 360);
            g.setColor(java.awt.Color.WHITE);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 44));
            g.drawString("Layanan Publik", 40, 170);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 26));
            g.drawString("Kota Contoh \u00b7 2026", 40, 220);
            g.dispose();
            javax.imageio.ImageIO.write(image, "png", poster.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        editor.chooseFilesWith(w -> java.util.List.of(poster));
        var scene = editor.stage().getScene();
        ((javafx.scene.control.Button) scene.lookup("#editor-media-attach")).fire();
        ((javafx.scene.control.TextField) scene.lookup("#editor-link"))
                .setText("https://kotacontoh.go.id/layanan?ref=beranda#jadwal");
        for (javafx.scene.Node n : scene.getRoot().lookupAll(".tab-pane")) {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) n;
            String below = "editor-tab-" + System.getProperty("shot.tab", "media");
            tabs.getTabs().stream().filter(t -> "editor-tab-preview".equals(t.getId())
                    || below.equals(t.getId())).forEach(t -> tabs.getSelectionModel().select(t));
        }
    }

    /** Inline work keeps the probe simple; the demo database is small. */
    private static final class SameThread implements id.warta.ui.common.BackgroundTasks {
        @Override
        public <T> void submit(java.util.function.Supplier<T> work, java.util.function.Consumer<T> ok,
                               java.util.function.Consumer<Throwable> failed) {
            new id.warta.ui.common.SameThreadTasks().submit(work, ok, failed);
        }
    }
}
