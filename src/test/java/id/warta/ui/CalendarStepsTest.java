package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.calendar.CalendarViewModel.NextStep;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow steps staff take from the calendar: submit, schedule, mark published with links, overdue. */
class CalendarStepsTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    CalendarViewModel calendar;
    final Messages messages = new Messages(Messages.INDONESIAN);

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("steps.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        calendar = new CalendarViewModel(ws.planning(), ws.workflow(), new SameThreadTasks(), messages, CLOCK, WIB);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private CalendarEntry only() {
        calendar.load();
        assertThat(calendar.entries()).hasSize(1);
        return calendar.entries().get(0);
    }

    @Test
    void anApprovedPostIsScheduledThenMarkedPublishedWithAValidLinkForEachAccount() {
        Post post = office.post(WorkflowState.APPROVED, "Vaksinasi gratis di Puskesmas Sukamaju, Sabtu 08.00 WIB.");
        office.signIn(office.staff);
        assertThat(calendar.nextStep(only())).isEqualTo(NextStep.SCHEDULE);
        calendar.schedule(only());
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.SCHEDULED);
        assertThat(calendar.noticeProperty().get()).contains("dijadwalkan");

        CalendarEntry scheduled = only();
        assertThat(calendar.nextStep(scheduled)).isEqualTo(NextStep.PUBLISH);
        List<CalendarViewModel.Publication> publications = new ArrayList<>();
        calendar.publicationsOf(scheduled, publications::addAll);
        assertThat(publications).extracting(CalendarViewModel.Publication::label).containsExactly("Instagram · @kominfo.contoh");

        String target = publications.get(0).targetId();
        calendar.markPublished(scheduled, Map.of(target, "javascript:alert(1)"));
        assertThat(calendar.problemProperty().get()).contains("bukan tautan http(s) yang sah");
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.SCHEDULED);

        calendar.markPublished(scheduled, Map.of(target, "https://www.instagram.com/p/Cx12345/"));
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(office.targets(post.id()).get(0).liveUrl()).isEqualTo("https://www.instagram.com/p/Cx12345/");
        assertThat(calendar.nextStep(only())).isEqualTo(NextStep.NONE);
    }

    @Test
    void aScheduledPostWhoseTimeHasPassedIsOverdueUntilPublished() {
        office.post(WorkflowState.SCHEDULED, "Rapat koordinasi pelayanan publik.");
        office.signIn(office.staff);
        CalendarEntry future = only();
        assertThat(calendar.isOverdue(future)).isFalse();
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(4));
        CalendarViewModel afterwards = new CalendarViewModel(ws.planning(), ws.workflow(), new SameThreadTasks(), messages,
                later, WIB);
        afterwards.load();
        assertThat(afterwards.isOverdue(afterwards.entries().get(0))).isTrue();
    }

    @Test
    void staffCannotScheduleForAClientTheyAreNotAssignedTo() {
        office.post(WorkflowState.APPROVED, "Pengumuman jadwal layanan.");
        office.signIn(office.otherSupervisor);
        calendar.schedule(only());
        assertThat(calendar.problemProperty().get()).isNotBlank();
        assertThat(only().state()).isEqualTo(WorkflowState.APPROVED);
    }
}
