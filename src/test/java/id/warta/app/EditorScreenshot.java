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
            MainWindow window = new MainWindow(ws, new SameThread(), LocalPreferences.load(dir.resolve("p.properties")),
                    clock, "demo");
            window.attach(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            Stage editor = window.openEditor(postId).stage();
            editor.setX(0);
            editor.setY(0);
            editor.setWidth(1366);
            editor.setHeight(768);
            System.out.println("editor shown");
        });
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
