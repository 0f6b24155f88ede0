package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.CalendarPosts;
import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Channel;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.calendar.CalendarMode;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.calendar.FilterChoice;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's view-model without a toolkit: periods, filters, drag rules, undo and redo. */
class CalendarViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    CalendarViewModel calendar;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("cal.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        calendar = new CalendarViewModel(ws.planning(), ws.workflow(), new SameThreadTasks(),
                new Messages(Messages.INDONESIAN), CLOCK, WIB);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** A post of the other client, on its own WITA account, at a given time. */
    private Post otherClientsPost(String title, Instant at) {
        Account account = CalendarPosts.account(ws, office.otherClient, Channel.FACEBOOK, "@dinkes.contoh",
                AccountZone.WITA);
        return CalendarPosts.post(ws, account, title, WorkflowState.DRAFT, at, office.staff.id(), CLOCK.instant());
    }

    private CalendarEntry entryOf(Post post) {
        return calendar.entries().stream().filter(e -> e.postId().equals(post.id())).findFirst().orElseThrow();
    }

    @Test
    void filtersByClientAccountAndStateAndNarrowTheAccountsToTheChosenClient() {
        Post kominfo = office.post(WorkflowState.APPROVED, "Vaksinasi gratis.");
        Post dinkes = otherClientsPost("Cegah demam berdarah", Instant.parse("2026-12-10T03:00:00Z"));
        calendar.load();
        assertThat(calendar.entries()).hasSize(2);
        assertThat(calendar.clientChoices()).extracting(FilterChoice::label)
                .containsExactly("Semua klien", "Dinas Kesehatan Kota Contoh", "Dinas Kominfo Kota Contoh");
        assertThat(calendar.accountChoices()).hasSize(3);

        FilterChoice<String> health = calendar.clientChoices().get(1);
        calendar.clientFilterProperty().set(health);
        assertThat(calendar.entries()).extracting(CalendarEntry::postId).containsExactly(dinkes.id());
        assertThat(calendar.accountChoices()).extracting(FilterChoice::label)
                .containsExactly("Semua akun", "Facebook · @dinkes.contoh");

        calendar.clientFilterProperty().set(calendar.clientChoices().get(0));
        calendar.accountFilterProperty().set(calendar.accountChoices().stream()
                .filter(c -> office.account.id().equals(c.value())).findFirst().orElseThrow());
        assertThat(calendar.entries()).extracting(CalendarEntry::postId).containsExactly(kominfo.id());

        calendar.accountFilterProperty().set(calendar.accountChoices().get(0));
        calendar.stateFilterProperty().set(calendar.stateChoices().stream()
                .filter(c -> c.value() == WorkflowState.DRAFT).findFirst().orElseThrow());
        assertThat(calendar.entries()).extracting(CalendarEntry::postId).containsExactly(dinkes.id());

        // Filters survive a reload, as when the user pages to the next month and back.
        calendar.next();
        calendar.previous();
        assertThat(calendar.entries()).extracting(CalendarEntry::postId).containsExactly(dinkes.id());
    }

    @Test
    void weekAndDayViewsLoadTheirOwnPeriodAndStepByItsLength() {
        office.post(WorkflowState.DRAFT, "Layanan KTP keliling."); // Friday 4 December, 09.00 WIB
        calendar.load();
        calendar.show(CalendarMode.WEEK);
        assertThat(calendar.firstDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.lastDay()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(calendar.entries()).hasSize(1);
        calendar.next();
        assertThat(calendar.dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(calendar.entries()).isEmpty();
        calendar.show(CalendarMode.DAY);
        calendar.goTo(LocalDate.of(2026, 12, 4));
        assertThat(calendar.entries()).hasSize(1);
        calendar.previous();
        assertThat(calendar.dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(calendar.entries()).isEmpty();
    }

    @Test
    void aMoveReschedulesAndUndoAndRedoWalkTheStack() {
        Post post = office.post(WorkflowState.DRAFT, "Layanan KTP keliling.");
        office.signIn(office.staff);
        calendar.load();
        Instant before = calendar.entries().get(0).scheduledAt();
        Instant later = before.plus(Duration.ofDays(2)).plus(Duration.ofHours(3));
        calendar.move(calendar.entries().get(0), later);
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(later);
        assertThat(entryOf(post).scheduledAt()).isEqualTo(later);
        assertThat(calendar.noticeProperty().get()).contains("dipindahkan");
        assertThat(calendar.canUndoProperty().get()).isTrue();
        assertThat(calendar.canRedoProperty().get()).isFalse();

        calendar.undo();
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(before);
        assertThat(entryOf(post).scheduledAt()).isEqualTo(before);
        assertThat(calendar.canUndoProperty().get()).isFalse();
        assertThat(calendar.canRedoProperty().get()).isTrue();

        calendar.redo();
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(later);
        assertThat(calendar.canUndoProperty().get()).isTrue();
        assertThat(calendar.canRedoProperty().get()).isFalse();
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void movingAnApprovedPostAsksFirstAndSendsItBackToReview() {
        Post post = office.post(WorkflowState.APPROVED, "Vaksinasi gratis.");
        office.signIn(office.staff);
        calendar.load();
        CalendarEntry entry = entryOf(post);
        assertThat(calendar.needsConfirmation(entry)).isTrue();
        calendar.move(entry, entry.scheduledAt().plus(Duration.ofDays(1)));
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(entryOf(post).state()).isEqualTo(WorkflowState.IN_REVIEW);
    }

    @Test
    void refusedMovesLeaveTheDataAsItWasAndSayWhy() {
        Post post = office.post(WorkflowState.DRAFT, "Layanan KTP keliling.");
        calendar.load();
        CalendarEntry entry = entryOf(post);
        Instant stored = entry.scheduledAt();
        int[] redraws = {0};
        calendar.entries().addListener((javafx.collections.ListChangeListener<CalendarEntry>) c -> redraws[0]++);

        // Into the past.
        office.signIn(office.staff);
        calendar.move(entry, Instant.parse("2026-11-20T02:00:00Z"));
        assertThat(calendar.problemProperty().get()).contains("masa lalu");
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(stored);
        assertThat(redraws[0]).as("the entry snaps back on screen").isPositive();
        assertThat(calendar.canUndoProperty().get()).isFalse();

        // By someone without rights on this client.
        office.signIn(office.otherSupervisor);
        calendar.move(entry, stored.plus(Duration.ofDays(1)));
        assertThat(calendar.problemProperty().get()).isNotBlank();
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(stored);

        // With a stale version: someone else moved it after this screen loaded.
        office.signIn(office.staff);
        ws.workflow().reschedule(entry.targetId(), post.id(), entry.targetVersion(), stored.plus(Duration.ofHours(5)));
        calendar.move(entry, stored.plus(Duration.ofDays(2)));
        assertThat(calendar.problemProperty().get()).isNotBlank();
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(stored.plus(Duration.ofHours(5)));
        assertThat(calendar.canUndoProperty().get()).isFalse();
    }

    @Test
    void publishedPostsCannotBeDragged() {
        Post post = office.post(WorkflowState.PUBLISHED, "Sudah tayang.");
        office.signIn(office.staff);
        calendar.load();
        CalendarEntry entry = entryOf(post);
        assertThat(calendar.canMove(entry)).isFalse();
        calendar.move(entry, entry.scheduledAt().plus(Duration.ofDays(1)));
        assertThat(calendar.problemProperty().get()).contains("tidak bisa dipindahkan");
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(entry.scheduledAt());
    }
}
