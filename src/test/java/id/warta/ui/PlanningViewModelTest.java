package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.CalendarPosts;
import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.Post;
import id.warta.domain.PostingHours;
import id.warta.domain.ScheduleIssue;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.calendar.PlanningPanelModel;
import id.warta.ui.calendar.ScheduleCheck;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drag rules of the planning aids and the planning panel, without a toolkit. */
class PlanningViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    CalendarViewModel calendar;
    final List<String> asked = new ArrayList<>();
    boolean answer;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("cal.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        calendar = new CalendarViewModel(ws.planning(), ws.workflow(), new SameThreadTasks(),
                new Messages(Messages.INDONESIAN), CLOCK, WIB);
        calendar.setScheduleCheck(new ScheduleCheck() {
            @Override
            public List<ScheduleIssue> issues(String accountId, Instant at) {
                return ws.planningRules().check(accountId, at);
            }

            @Override
            public void confirm(String title, String warning, Consumer<Boolean> reply) {
                asked.add(warning);
                reply.accept(answer);
            }
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static Instant wib(int day, int hour) {
        return ZonedDateTime.of(2026, 12, day, hour, 0, 0, 0, WIB).toInstant();
    }

    private CalendarEntry entryOf(Post post) {
        return calendar.entries().stream().filter(e -> e.postId().equals(post.id())).findFirst().orElseThrow();
    }

    @Test
    void aDragOntoARefusingBlackoutIsRefusedWithItsReasonAndThePostStays() {
        office.signIn(office.admin);
        ws.planningRules().saveBlackout(Blackout.create("Masa tenang Pilkada", "Hari tenang pemungutan suara",
                wib(8, 0), wib(10, 0), BlackoutScope.CLIENT, office.client.id(), null, BlackoutMode.REFUSE));
        Post post = office.post(WorkflowState.DRAFT, "Layanan KTP keliling.");
        office.signIn(office.staff);
        calendar.load();
        CalendarEntry before = entryOf(post);
        calendar.move(before, wib(9, 10));
        assertThat(calendar.problemProperty().get()).contains("Masa tenang Pilkada")
                .contains("Hari tenang pemungutan suara");
        assertThat(asked).isEmpty();
        calendar.load();
        assertThat(entryOf(post).scheduledAt()).isEqualTo(before.scheduledAt());
        assertThat(calendar.canUndoProperty().get()).isFalse();
    }

    @Test
    void withoutTheCheckTheServiceStillRefusesWithTheReason() {
        calendar.setScheduleCheck(null);
        office.signIn(office.admin);
        ws.planningRules().saveBlackout(Blackout.create("Masa berkabung", "Berkabung atas bencana banjir",
                wib(8, 0), wib(10, 0), BlackoutScope.ALL, null, null, BlackoutMode.REFUSE));
        Post post = office.post(WorkflowState.DRAFT, "Layanan KTP keliling.");
        office.signIn(office.staff);
        calendar.load();
        CalendarEntry before = entryOf(post);
        calendar.move(before, wib(8, 10));
        assertThat(calendar.problemProperty().get()).contains("Berkabung atas bencana banjir");
        calendar.load();
        assertThat(entryOf(post).scheduledAt()).isEqualTo(before.scheduledAt());
    }

    @Test
    void aDragOutsidePostingHoursWarnsWithTheHoursAndMovesOnlyWhenConfirmed() {
        office.signIn(office.admin);
        ws.planningRules().savePlan(office.account.id(), new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0)),
                null);
        Post post = office.post(WorkflowState.DRAFT, "Layanan KTP keliling.");
        office.signIn(office.staff);
        calendar.load();
        CalendarEntry before = entryOf(post);
        answer = false;
        calendar.move(before, wib(7, 23));
        assertThat(asked).singleElement().asString().contains("06:00\u201321:00 WIB");
        calendar.load();
        assertThat(entryOf(post).scheduledAt()).isEqualTo(before.scheduledAt());

        answer = true;
        calendar.move(entryOf(post), wib(7, 23));
        assertThat(asked).hasSize(2);
        assertThat(entryOf(post).scheduledAt()).isEqualTo(wib(7, 23));
        assertThat(calendar.problemProperty().get()).isEmpty();
        // Inside the hours nobody is asked.
        calendar.move(entryOf(post), wib(7, 10));
        assertThat(asked).hasSize(2);
        assertThat(entryOf(post).scheduledAt()).isEqualTo(wib(7, 10));
    }

    @Test
    void thePanelCountsTheMixAndListsCadenceGapsOfTheFilteredClient() {
        office.signIn(office.admin);
        Account other = CalendarPosts.account(ws, office.otherClient, Channel.FACEBOOK, "@dinkes.contoh",
                AccountZone.WITA);
        ws.planningRules().savePlan(office.account.id(), null, 2);
        ws.planningRules().savePlan(other.id(), null, 1);
        office.post(WorkflowState.DRAFT, "Satu");
        CalendarPosts.post(ws, other, "Cegah demam berdarah", WorkflowState.DRAFT, wib(10, 9), office.staff.id(),
                CLOCK.instant());
        PlanningPanelModel panel = new PlanningPanelModel(calendar, new SameThreadTasks(),
                new Messages(Messages.INDONESIAN), ws.planningRules()::cadenceGaps);
        panel.openProperty().set(true);
        calendar.load();
        assertThat(panel.mixProperty().get().total()).isEqualTo(2);
        assertThat(panel.mixProperty().get().byType()).containsEntry(ContentType.ANNOUNCEMENT, 1);
        panel.dimensionProperty().set(PlanningPanelModel.Dimension.CLIENT);
        assertThat(panel.counts()).extracting(e -> e.getKey()).containsExactlyInAnyOrder(
                "Dinas Kominfo Kota Contoh", "Dinas Kesehatan Kota Contoh");
        // Kominfo: 1 of 2 in the week of 30 Nov, 0 of 2 later; Dinkes: 1 in the week of 7 Dec, 0 elsewhere.
        assertThat(panel.gaps()).anyMatch(g -> g.accountId().equals(office.account.id()) && g.planned() == 1);
        assertThat(panel.gaps()).noneMatch(g -> g.accountId().equals(other.id())
                && g.weekStart().equals(java.time.LocalDate.of(2026, 12, 7)));
        assertThat(panel.describe(panel.gaps().stream().filter(g -> g.planned() == 1).findFirst().orElseThrow()))
                .contains("Instagram \u00b7 @kominfo.contoh: 1 dari 2");
        calendar.clientFilterProperty().set(calendar.clientChoices().stream()
                .filter(c -> office.otherClient.id().equals(c.value())).findFirst().orElseThrow());
        assertThat(panel.gaps()).isNotEmpty().allMatch(g -> g.accountId().equals(other.id()));
        assertThat(panel.mixProperty().get().total()).isEqualTo(1);
    }

    @Test
    void theEditorShowsTheAccountsOwnClockAndWarnsOutsideItsHours() {
        office.signIn(office.admin);
        Account makassar = CalendarPosts.account(ws, office.client, Channel.X, "@kominfo_mks", AccountZone.WITA);
        ws.planningRules().savePlan(makassar.id(), new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0)), null);
        ws.planningRules().saveBlackout(Blackout.create("Masa tenang Pilkada", "Hari tenang pemungutan suara",
                wib(8, 0), wib(10, 0), BlackoutScope.ACCOUNTS, null, java.util.Set.of(office.account.id()),
                BlackoutMode.REFUSE));
        office.signIn(office.staff);
        var editor = new id.warta.ui.editor.EditorViewModel(ws.editing(), ws.ethics(), ws.workflow(),
                new SameThreadTasks(), new SameThreadTasks(), new Messages(Messages.INDONESIAN), CLOCK, WIB,
                ws.hashtagGroups(), ws.media(), new SameThreadTasks());
        editor.setScheduleCheck(ws.planningRules()::check);
        editor.startNew();
        var x = editor.addTarget(makassar);
        var instagram = editor.addTarget(office.account);
        List<String> shown = new ArrayList<>();
        List<Boolean> refused = new ArrayList<>();
        x.timeProperty().set(java.time.LocalDateTime.of(2026, 12, 7, 20, 30)); // 21:30 WITA
        editor.adviseOn(x, (text, bad) -> {
            shown.add(text);
            refused.add(bad);
        });
        assertThat(shown.get(0)).startsWith("21.30 WITA").contains("di luar jam unggah").contains("06:00\u201321:00 WITA");
        assertThat(refused.get(0)).isFalse();
        instagram.timeProperty().set(java.time.LocalDateTime.of(2026, 12, 8, 9, 0));
        editor.adviseOn(instagram, (text, bad) -> {
            shown.add(text);
            refused.add(bad);
        });
        assertThat(shown.get(1)).contains("Masa tenang Pilkada").doesNotContain("WIB \u00b7");
        assertThat(refused.get(1)).isTrue();
    }
}
