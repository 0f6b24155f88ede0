package id.warta.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's state against a real demo database, with work run inline. */
class ExportViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    ExportViewModel model;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("vm.db"), new DataPaths(dir), "test", CLOCK);
        ws.demo().load();
        model = new ExportViewModel(ws.export(), new SameThreadTasks(), new Messages(Messages.INDONESIAN));
        model.load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void countFollowsTheFiltersLikeTheCommandLine() {
        assertThat(model.clients()).isNotEmpty();
        assertThat(model.channels()).contains("instagram");
        assertThat(model.filter().statuses()).as("default states stand for the default rule").isEmpty();
        int everything = model.countProperty().get();
        assertThat(everything).isEqualTo(ws.export().count(id.warta.service.ExportFilter.everything())).isPositive();

        model.clientProperty().set(model.clients().get(0));
        int ofClient = model.countProperty().get();
        assertThat(ofClient).isPositive().isLessThan(everything);

        model.stateProperty(WorkflowState.DRAFT).set(true);
        assertThat(model.filter().statuses()).contains("draft", "approved");
        assertThat(model.countProperty().get()).isGreaterThan(ofClient);

        model.fromProperty().set(LocalDate.of(2026, 11, 30));
        model.toProperty().set(LocalDate.of(2026, 11, 1));
        assertThat(model.countProperty().get()).isEqualTo(ExportViewModel.UNKNOWN);
        assertThat(model.problemProperty().get()).contains("lebih awal");
        assertThat(model.canExport()).isFalse();
        model.toProperty().set(null);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void noStateChosenMeansNothingToWrite() {
        for (WorkflowState s : WorkflowState.values()) {
            model.stateProperty(s).set(false);
        }
        assertThat(model.countProperty().get()).isZero();
        assertThat(model.problemProperty().get()).contains("minimal satu status");
        assertThat(model.canExport()).isFalse();
    }

    @Test
    void writesTheFileAndReportsItOrTheProblem() throws Exception {
        Path file = dir.resolve("jadwal.ics");
        boolean[] done = {false};
        model.writeTo(file, () -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
        assertThat(model.resultProperty().get()).contains(model.countProperty().get() + " acara ditulis");
        assertThat(model.busyProperty().get()).isFalse();

        model.writeTo(dir.resolve("tidak/ada.ics"), () -> { });
        assertThat(model.problemProperty().get()).contains("Tidak dapat menulis");
        assertThat(dir.resolve("tidak")).doesNotExist();
    }
}
