package id.warta.app;

import id.warta.domain.CalendarEntry;
import id.warta.service.PostDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Two desktops on one demo database: demo.staf2 saves a new title, text and notes while demo.staf
 * changes the same fields in the editor and saves, which opens the merge dialog; for
 * docs/screenshots/merge-dialog.png (see docs/screenshots/merge-shot.sh).
 */
public final class MergeScreenshot {
    private MergeScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("warta-merge-shot");
        Clock clock = Clock.systemUTC();
        Path file = dir.resolve("demo.db");
        SqliteWorkspace ws = SqliteWorkspace.open(file, new DataPaths(dir), "shot", clock);
        ws.demo().load();
        ws.demo().tryAs("demo.staf");
        SqliteWorkspace other = SqliteWorkspace.open(file, new DataPaths(dir), "shot", clock);
        other.demo().tryAs("demo.staf2");
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        LocalDate today = LocalDate.now(clock.withZone(wib));
        var writable = ws.editing().writableClients().stream().map(c -> c.id()).toList();
        String postId = ws.planning().between(today, today.plusDays(30), wib).stream()
                .filter(e -> writable.contains(e.clientId()) && "draft".equals(e.state().code()))
                .map(CalendarEntry::postId).findFirst().orElseThrow();
        boolean english = "en".equals(System.getProperty("shot.language"));
        Platform.startup(() -> {
            Stage stage = new Stage();
            LocalPreferences prefs = LocalPreferences.load(dir.resolve("p.properties"));
            prefs.put("language", english ? "en" : "id");
            MainWindow window = new MainWindow(ws, new Inline(), prefs, clock, "demo");
            window.attach(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            var editor = window.openEditor(postId);
            editor.stage().setX(0);
            editor.stage().setY(0);
            editor.stage().setWidth(1366);
            editor.stage().setHeight(768);
            PostDraft stored = other.editing().open(postId);
            other.editing().save(new PostDraft(stored.postId(), stored.version(), stored.clientId(),
                    stored.campaignId(), stored.title() + " (jadwal diperbarui)",
                    stored.body() + "\n\nJadwal diperbarui: pendaftaran dibuka mulai pukul 08.00 WIB di kantor "
                            + "kecamatan dan secara daring.", stored.contentType(), stored.hashtags(),
                    stored.targets(), stored.media(), stored.link(),
                    "Sudah dikonfirmasi ke kepala seksi layanan lewat telepon."));
            var scene = editor.stage().getScene();
            ((javafx.scene.control.TextField) scene.lookup("#editor-title")).setText(stored.title() + " \u2014 edisi akhir pekan");
            org.fxmisc.richtext.CodeArea body = (org.fxmisc.richtext.CodeArea) scene.lookup("#editor-body");
            body.replaceText(stored.body() + "\n\nLayanan juga buka hari Sabtu dan Minggu, pukul 08.00\u201312.00 WIB.");
            editor.stage().getScene().getWindow();
            ((javafx.scene.control.Button) scene.lookup("#editor-save")).fire();
            Window.getWindows().stream().filter(w -> w.getScene() != null
                    && w.getScene().lookup("#merge-dialog") != null).findFirst().ifPresent(w -> {
                        w.setX(123);
                        w.setY(40);
                    });
            System.out.println("merge shown");
        });
    }

    /** Inline work keeps the probe simple; the demo database is small. */
    private static final class Inline implements id.warta.ui.common.BackgroundTasks {
        @Override
        public <T> void submit(java.util.function.Supplier<T> work, java.util.function.Consumer<T> ok,
                               java.util.function.Consumer<Throwable> failed) {
            new id.warta.ui.common.SameThreadTasks().submit(work, ok, failed);
        }
    }
}
