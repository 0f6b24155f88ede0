package id.warta.app;

import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.Finding;
import id.warta.ethics.CheckContext;
import id.warta.ethics.EthicsChecker;
import id.warta.ethics.RulePackLoader;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

/**
 * Keystroke-to-highlight cost for a 2,200-character draft, without the 300 ms typing pause: the
 * check on its own thread, then restyling the text on the FX thread. Prints medians in ms.
 * Run under Xvfb: see docs/performance.md.
 */
public final class EditorKeystrokeProbe {
    private static final String PARAGRAPH = "Selamat kepada Ibu Wulan Sari, NIK 3522185310910913, penerima bantuan "
            + "bulan ini. Layanan perekaman KTP elektronik keliling hadir di Kelurahan Sukamaju pada Sabtu pukul "
            + "08.00-12.00 WIB. Bawa fotokopi kartu keluarga. ";

    private EditorKeystrokeProbe() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() < 2_200) {
            text.append(PARAGRAPH);
        }
        String draft = text.substring(0, 2_200);
        EthicsChecker checker = new EthicsChecker(new RulePackLoader().loadCurrent());
        CheckContext context = CheckContext.of(Channel.INSTAGRAM, ContentType.ANNOUNCEMENT);
        int rounds = 300;
        long[] check = new long[rounds];
        long[] apply = new long[rounds];
        for (int i = 0; i < 50; i++) {
            checker.check(draft + i, context);
        }
        CompletableFuture<CodeArea> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            CodeArea area = new CodeArea(draft);
            area.setWrapText(true);
            Stage stage = new Stage();
            stage.setScene(new Scene(area, 900, 600));
            stage.show();
            ready.complete(area);
        });
        CodeArea area = ready.get();
        for (int i = 0; i < rounds; i++) {
            String typed = draft.substring(0, draft.length() - 1) + (char) ('a' + i % 26);
            long t0 = System.nanoTime();
            List<Finding> findings = checker.check(typed, context);
            check[i] = System.nanoTime() - t0;
            CompletableFuture<Long> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long t1 = System.nanoTime();
                area.replaceText(area.getLength() - 1, area.getLength(), typed.substring(typed.length() - 1));
                area.clearStyle(0, area.getLength());
                for (Finding f : findings) {
                    area.setStyle(f.start(), f.end(), List.of("finding-block"));
                }
                area.layout();
                done.complete(System.nanoTime() - t1);
            });
            apply[i] = done.get();
        }
        System.out.printf("findings per check: %d%n", checker.check(draft, context).size());
        System.out.printf("check (off FX thread), median: %.2f ms, p95: %.2f ms%n", median(check), p95(check));
        System.out.printf("type + restyle (FX thread), median: %.2f ms, p95: %.2f ms%n", median(apply), p95(apply));
        System.out.printf("keystroke to highlight: 300 ms pause + %.1f ms%n", median(check) + median(apply));
        Platform.exit();
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double p95(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[(int) (s.length * 0.95)] / 1e6;
    }
}
