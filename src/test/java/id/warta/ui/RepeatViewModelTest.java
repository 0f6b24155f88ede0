package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.RecurrenceRule;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.editor.EditorViewModel;
import id.warta.ui.editor.RepeatViewModel;
import id.warta.ui.editor.RepeatViewModel.Mode;
import id.warta.ui.editor.TargetRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's repeat control without a toolkit: the summary line, the checks, and saving through the editor. */
class RepeatViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);
    private static final LocalDate WED_2_DEC = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    @Test
    void theSummaryReadsTheRuleBackWithItsNumberOfDatesInEitherLanguage() {
        RepeatViewModel model = new RepeatViewModel(new Messages(Messages.INDONESIAN));
        model.startProperty().set(WED_2_DEC);
        assertThat(model.summaryProperty().get()).isEmpty();

        model.modeProperty().set(Mode.WEEKLY);
        assertThat(model.dayProperty(DayOfWeek.WEDNESDAY).get()).as("the first date's weekday is ticked").isTrue();
        model.dayProperty(DayOfWeek.WEDNESDAY).set(false);
        model.dayProperty(DayOfWeek.FRIDAY).set(true);
        model.untilProperty().set(LocalDate.of(2026, 12, 31));
        assertThat(model.summaryProperty().get()).isEqualTo("Setiap Jumat sampai 31 Des 2026 \u2014 4 kali");
        assertThat(model.problemProperty().get()).isEmpty();

        model.dayProperty(DayOfWeek.MONDAY).set(true);
        model.intervalProperty().set(2);
        assertThat(model.summaryProperty().get())
                .isEqualTo("Setiap 2 minggu pada Senin dan Jumat sampai 31 Des 2026 \u2014 4 kali");
        assertThat(model.typed()).contains(RecurrenceRule.weekly(2, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalDate.of(2026, 12, 31)));

        RepeatViewModel english = new RepeatViewModel(new Messages(Messages.ENGLISH));
        english.startProperty().set(WED_2_DEC);
        english.modeProperty().set(Mode.MONTHLY);
        english.untilProperty().set(LocalDate.of(2027, 3, 2));
        assertThat(english.summaryProperty().get()).isEqualTo("Every month on day 2 until 2 Mar 2027 \u2014 4 times");
    }

    @Test
    void noEndAnEndBeforeTheStartAndTooManyDatesAreSaidAtOnce() {
        RepeatViewModel model = new RepeatViewModel(new Messages(Messages.INDONESIAN));
        model.startProperty().set(WED_2_DEC);
        model.modeProperty().set(Mode.DAILY);
        assertThat(model.isValid()).isFalse();
        assertThat(model.problemProperty().get()).contains("tanggal akhir");
        assertThat(model.summaryProperty().get()).isEmpty();

        model.untilProperty().set(LocalDate.of(2026, 11, 30));
        assertThat(model.problemProperty().get()).contains("sebelum publikasi pertama");

        model.untilProperty().set(LocalDate.of(2028, 1, 1));
        assertThat(model.problemProperty().get()).contains("lebih dari 366 publikasi");

        model.modeProperty().set(Mode.NONE);
        assertThat(model.isValid()).as("a post that does not repeat has nothing to check").isTrue();
        assertThat(model.untilProperty().get()).as("the typed end date is kept").isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void theEditorRefusesToSaveAWrongRuleKeepsEverythingTypedAndSavesItOnceCorrected() {
        SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("ulang.db"), new DataPaths(dir), "test", CLOCK);
        try {
            WorkflowFixture office = new WorkflowFixture(ws, CLOCK);
            office.signIn(office.staff);
            Messages messages = new Messages(Messages.INDONESIAN);
            EditorViewModel editor = new EditorViewModel(ws.editing(), ws.ethics(), ws.workflow(),
                    new SameThreadTasks(), new SameThreadTasks(), messages, CLOCK, WIB);
            editor.startNew();
            editor.titleProperty().set("Jumat Sehat");
            editor.bodyProperty().set("Senam bersama di halaman balai kota.");
            TargetRow row = editor.addTarget(office.account);
            row.timeProperty().set(LocalDateTime.of(2026, 12, 4, 7, 0));
            RepeatViewModel repeat = editor.repeat();
            assertThat(repeat.startProperty().get()).isEqualTo(LocalDate.of(2026, 12, 4));
            repeat.modeProperty().set(Mode.WEEKLY);
            assertThat(editor.dirtyProperty().get()).isTrue();

            editor.save();
            assertThat(editor.problemProperty().get()).contains("tanggal akhir");
            assertThat(editor.isNew()).isTrue();
            assertThat(ws.planning().counts().posts()).isZero();
            assertThat(editor.titleProperty().get()).isEqualTo("Jumat Sehat");
            assertThat(repeat.dayProperty(DayOfWeek.FRIDAY).get()).isTrue();

            repeat.untilProperty().set(LocalDate.of(2026, 12, 25));
            assertThat(editor.problemProperty().get()).as("the message goes once the rule is right").isEmpty();
            assertThat(repeat.summaryProperty().get()).isEqualTo("Setiap Jumat sampai 25 Des 2026 \u2014 4 kali");
            editor.save();
            assertThat(editor.problemProperty().get()).isEmpty();
            assertThat(editor.dirtyProperty().get()).isFalse();
            assertThat(office.targets(editor.postId())).hasSize(4);

            EditorViewModel reopened = new EditorViewModel(ws.editing(), ws.ethics(), ws.workflow(),
                    new SameThreadTasks(), new SameThreadTasks(), messages, CLOCK, WIB);
            reopened.open(editor.postId());
            assertThat(reopened.targets()).singleElement()
                    .satisfies(t -> assertThat(t.timeProperty().get()).isEqualTo(LocalDateTime.of(2026, 12, 4, 7, 0)));
            assertThat(reopened.repeat().storedProperty().get()).isTrue();
            assertThat(reopened.repeat().typed()).isEqualTo(Optional.of(RecurrenceRule.weekly(1,
                    Set.of(DayOfWeek.FRIDAY), LocalDate.of(2026, 12, 25))));
            assertThat(reopened.dirtyProperty().get()).isFalse();
        } finally {
            ws.close();
        }
    }
}
