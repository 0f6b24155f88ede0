package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.TestUsers;
import id.warta.domain.Role;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.common.Theme;
import id.warta.ui.reports.ReportsViewModel;
import id.warta.ui.review.ReviewViewModel;
import id.warta.ui.settings.SettingsViewModel;
import id.warta.ui.shell.FirstStartViewModel;
import id.warta.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View-models against a real database, with work run inline: no toolkit, no sleeps. */
class ViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), WIB);

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    final SameThreadTasks tasks = new SameThreadTasks();
    final Messages messages = new Messages(Messages.INDONESIAN);

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("vm.db"), new DataPaths(dir), "test", CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void firstStartOffersTheDemoOnAnEmptyDatabaseAndLoadsIt() {
        int[] reloads = {0};
        FirstStartViewModel first = new FirstStartViewModel(ws.planning(), ws.demo(), tasks, messages, () -> reloads[0]++);
        first.check();
        assertThat(first.offerProperty().get()).isTrue();
        first.loadDemo();
        assertThat(first.offerProperty().get()).isFalse();
        assertThat(first.demoLoadedProperty().get()).isTrue();
        assertThat(reloads[0]).isEqualTo(1);
        first.check();
        assertThat(first.offerProperty().get()).isFalse();
        first.loadDemo();
        assertThat(first.problemProperty().get()).contains("sudah berisi");
    }

    @Test
    void calendarLoadsTheCurrentMonthAndMovesBetweenMonths() {
        ws.demo().load();
        CalendarViewModel calendar = new CalendarViewModel(ws.planning(), ws.workflow(), tasks, messages, CLOCK, WIB);
        calendar.load();
        assertThat(calendar.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(calendar.entries()).isNotEmpty();
        assertThat(calendar.entries()).allSatisfy(e ->
                assertThat(YearMonth.from(e.scheduledAt().atZone(WIB))).isEqualTo(YearMonth.of(2026, 11)));
        assertThat(calendar.loadedOnceProperty().get()).isTrue();
        int upcoming = calendar.firstUpcomingIndex();
        assertThat(upcoming).isPositive();
        assertThat(calendar.entries().get(upcoming).scheduledAt()).isAfterOrEqualTo(Instant.parse("2026-11-22T17:00:00Z"));
        assertThat(calendar.entries().get(upcoming - 1).scheduledAt()).isBefore(Instant.parse("2026-11-22T17:00:00Z"));
        calendar.next();
        assertThat(calendar.monthProperty().get()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(calendar.entries()).allSatisfy(e ->
                assertThat(YearMonth.from(e.scheduledAt().atZone(WIB))).isEqualTo(YearMonth.of(2026, 12)));
        calendar.next();
        calendar.next();
        calendar.next();
        assertThat(calendar.entries()).as("the demo spans about three months").isEmpty();
        calendar.today();
        assertThat(calendar.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void shellReviewAndReportsShowTheSameFigures() {
        ws.demo().load();
        ShellViewModel shell = new ShellViewModel(ws.planning(), tasks, messages, "vm.db", "humas");
        shell.refresh();
        ws.auth().current().signIn(TestUsers.ofAllClients(ws, "ratna", "Ratna Dewi", java.util.EnumSet.of(Role.SUPERVISOR)));
        ReviewViewModel review = new ReviewViewModel(ws.workflow(), tasks, messages);
        review.load();
        ReportsViewModel reports = new ReportsViewModel(ws.planning(), tasks, messages);
        reports.load();
        assertThat(shell.postsProperty().get()).isGreaterThanOrEqualTo(150);
        assertThat(shell.clientsProperty().get()).isGreaterThanOrEqualTo(3);
        assertThat(reports.byState().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(shell.postsProperty().get());
        assertThat(shell.awaitingReviewProperty().get()).isEqualTo(reports.byState().get(WorkflowState.IN_REVIEW));
        assertThat(review.queue()).hasSize((int) shell.awaitingReviewProperty().get())
                .allSatisfy(e -> assertThat(e.post().state()).isEqualTo(WorkflowState.IN_REVIEW));
    }

    @Test
    void watchListsAreEditedPerClient() {
        ws.demo().load();
        var lists = new id.warta.ui.settings.WatchListViewModel(ws.ethics(), tasks, messages);
        lists.load();
        assertThat(lists.clients()).hasSizeGreaterThanOrEqualTo(3);
        var bpbd = lists.clients().stream().filter(c -> c.shortName().startsWith("BPBD")).findFirst().orElseThrow();
        lists.clientProperty().set(bpbd);
        int before = lists.entries().size();
        assertThat(before).isPositive();
        lists.newTermProperty().set("  Waduk   Sindang Asri ");
        lists.newKindProperty().set(id.warta.service.WatchEntry.Kind.SENSITIVE_PROJECT);
        lists.add();
        assertThat(lists.entries()).hasSize(before + 1).anyMatch(e -> e.term().equals("Waduk Sindang Asri"));
        assertThat(lists.newTermProperty().get()).isEmpty();
        lists.newTermProperty().set("waduk sindang asri");
        lists.add();
        assertThat(lists.problemProperty().get()).contains("sudah ada");
        assertThat(lists.entries()).hasSize(before + 1);
        lists.newTermProperty().set("   ");
        lists.add();
        assertThat(lists.problemProperty().get()).contains("ketik istilahnya");
        lists.newTermProperty().set("!!! ---");
        lists.add();
        assertThat(lists.problemProperty().get()).contains("tanda baca");
        lists.newTermProperty().set("[a-z]+ta");
        lists.add();
        assertThat(lists.problemProperty().get()).contains("regex");
        lists.newTermProperty().set("kafir*");
        lists.add();
        assertThat(lists.problemProperty().get()).contains("di dalam kata");
        assertThat(lists.entries()).hasSize(before + 1);
        lists.remove(lists.entries().stream().filter(e -> e.term().equals("Waduk Sindang Asri")).findFirst().orElseThrow());
        assertThat(lists.entries()).hasSize(before);
        var other = lists.clients().stream().filter(c -> !c.equals(bpbd)).findFirst().orElseThrow();
        lists.clientProperty().set(other);
        assertThat(lists.entries()).noneMatch(e -> e.clientId().equals(bpbd.id()));
    }

    @Test
    void settingsBackUpAndRestoreThroughTheViewModel() {
        int[] restored = {0};
        SettingsViewModel settings = new SettingsViewModel(ws.backups(), tasks, messages,
                new SimpleObjectProperty<>(Locale.ENGLISH), new SimpleObjectProperty<>(Theme.LIGHT), () -> restored[0]++);
        settings.loadBackups();
        assertThat(settings.copies()).isEmpty();
        settings.backupNow();
        assertThat(settings.copies()).hasSize(1);
        assertThat(settings.messageIsProblemProperty().get()).isFalse();
        ws.demo().load();
        settings.selectedProperty().set(settings.copies().get(0));
        settings.restoreSelected();
        assertThat(restored[0]).isEqualTo(1);
        assertThat(ws.planning().counts().posts()).as("the copy was taken before the demo").isZero();
        assertThat(settings.messageProperty().get()).contains("dipulihkan");
    }
}
