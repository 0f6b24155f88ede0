package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.reports.AuditTrailViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail panel and banner against a real database, with work run inline. */
class AuditTrailViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), WIB);

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    AuditTrailViewModel model;
    final List<Double> progress = new ArrayList<>();

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("vm.db"), new DataPaths(dir), "test", CLOCK);
        ws.demo().load();
        model = new AuditTrailViewModel(ws.evidence(), new SameThreadTasks(), new Messages(Messages.INDONESIAN),
                Runnable::run, CLOCK, WIB);
        model.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anIntactChainShowsItsLengthAndHeadAndNoBanner() {
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 23));
        model.check();
        assertThat(model.checkingProperty().get()).isFalse();
        assertThat(model.entriesProperty().get()).isEqualTo(ws.evidence().status().entries()).isGreaterThan(150);
        assertThat(model.headProperty().get()).isEqualTo(ws.audit().head()).matches("[0-9a-f]{64}");
        assertThat(model.statusProperty().get()).isEqualTo("Utuh");
        assertThat(model.brokenProperty().get()).isFalse();
        assertThat(model.bannerProperty().get()).isEmpty();
        model.headCopied();
        assertThat(model.messageProperty().get()).contains("Catat di luar basis data");
    }

    @Test
    void aBrokenChainRaisesTheBannerNamingTheEntry() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ws.databaseFile()); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_log WHERE seq = 5");
        }
        model.check();
        assertThat(model.brokenProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("RUSAK pada entri 6: ada entri yang hilang sebelum entri ini");
        assertThat(model.bannerProperty().get()).startsWith("Jejak audit RUSAK pada entri 6 (");
        assertThat(model.entriesProperty().get()).isEqualTo(ws.evidence().status().entries());
    }

    @Test
    void exportsAPeriodAndAZippedPostWithProgressAndATranslatedResult() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("bukti"));
        model.export(folder);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(progress).hasSizeGreaterThan(3).endsWith(1.0).isSorted();
        Path written = folder.resolve("warta-audit-20261101-20261123-20261123-090000");
        assertThat(written.resolve("report.html")).exists();
        assertThat(model.messageProperty().get()).startsWith("Bukti ditulis ke " + written + " (");

        String postId;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ws.databaseFile()); var st = c.createStatement();
             var rs = st.executeQuery("SELECT entity_id FROM audit_log WHERE action = 'post.create' LIMIT 1")) {
            rs.next();
            postId = rs.getString(1);
        }
        model.scopeProperty().set(AuditTrailViewModel.Scope.POST);
        model.postIdProperty().set(" " + postId + " ");
        model.zipProperty().set(true);
        model.export(folder);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).endsWith("(1 entri).");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(p -> p.toString().endsWith(".zip")).map(p -> p.getFileName().toString()))
                    .containsExactly("warta-audit-post-" + postId + "-20261123-090000.zip");
        }
    }

    @Test
    void refusalsAreSentencesAndWriteNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("bukti"));
        model.scopeProperty().set(AuditTrailViewModel.Scope.POST);
        model.export(folder);
        assertThat(model.problemProperty().get()).isEqualTo("Isi ID unggahan.");
        model.postIdProperty().set("tidak-ada");
        model.export(folder);
        assertThat(model.problemProperty().get()).contains("Tidak ada entri audit untuk unggahan tidak-ada");
        assertThat(model.exportingProperty().get()).isFalse();
        model.scopeProperty().set(AuditTrailViewModel.Scope.DATES);
        model.fromProperty().set(LocalDate.of(2026, 12, 1));
        model.export(folder);
        assertThat(model.problemProperty().get()).contains("setelah tanggal akhir");
        model.fromProperty().set(null);
        model.export(folder);
        assertThat(model.problemProperty().get()).isEqualTo("Isi tanggal awal dan tanggal akhir.");
        model.fromProperty().set(LocalDate.of(2026, 11, 1));
        model.export(dir.resolve("tidak-ada"));
        assertThat(model.problemProperty().get()).contains("tidak ada");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
