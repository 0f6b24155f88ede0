package id.warta.app;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.RecurrenceException;
import id.warta.domain.RecurrenceRule;
import id.warta.domain.WorkflowState;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcPostRepository;
import id.warta.service.ExportFilter;
import id.warta.service.Messages;
import id.warta.service.PostDraft;
import id.warta.service.PostEditingService;
import id.warta.service.RepeatRuleException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recurring posts on a real database: occurrences are publications, one per date per account; a
 * changed rule replaces only future, unpublished ones; the export gives each its own stable UID.
 */
class RecurringPostsTest {
    private static final ZoneId WIB = AccountZone.WIB.zoneId();
    private static final ZoneId WIT = AccountZone.WIT.zoneId();
    /** Tuesday 1 December 2026, 09:00 WIB. */
    private static final Instant TUESDAY = Instant.parse("2026-12-01T02:00:00Z");
    /** Friday 4 December 2026, 09:00 WIB. */
    private static final Instant FRIDAY_9_WIB = Instant.parse("2026-12-04T02:00:00Z");
    private static final List<String> ALL_STATES = List.of("idea", "draft", "in_review", "changes_requested",
            "rejected", "approved", "scheduled", "published", "cancelled");

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(TUESDAY, WIB);
    SqliteWorkspace ws;
    WorkflowFixture office;
    PostEditingService editing;
    Account papua;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("ulang.db"), new DataPaths(dir), "test", clock);
        office = new WorkflowFixture(ws, clock);
        editing = ws.editing();
        var accounts = new JdbcAccountRepository(ws.database());
        papua = ws.transactor().write(() -> accounts.save(Account.create(office.client.id(), Channel.X,
                "@kominfo.papua", "Kominfo Papua", AccountZone.WIT)));
        office.signIn(office.staff);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private PostDraft draft(String postId, long version, PostDraft.TargetLine... lines) {
        return new PostDraft(postId, version, office.client.id(), null, "Jumat Sehat", "Senam bersama setiap Jumat.",
                ContentType.EDUCATIONAL, List.of("#JumatSehat"), List.of(lines));
    }

    private PostDraft.TargetLine line(Account account, Instant at) {
        return new PostDraft.TargetLine(account.id(), at, "");
    }

    private static RecurrenceRule fridaysUntil(LocalDate until) {
        return RecurrenceRule.weekly(1, Set.of(FRIDAY), until);
    }

    /** Publication date (in the account's zone) to its row, for one account. */
    private Map<LocalDate, PostTarget> byDate(String postId, Account account) {
        return office.targets(postId).stream().filter(t -> t.accountId().equals(account.id()))
                .collect(Collectors.toMap(t -> LocalDate.ofInstant(t.scheduledAt(), account.zone().zoneId()),
                        t -> t, (a, b) -> a, java.util.TreeMap::new));
    }

    private static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    @Test
    void aWeeklyPostBecomesOnePublicationPerFridayPerAccountAtEachAccountsLocalTime() {
        // 09:00 in Jakarta for Instagram, 09:00 in Jayapura for X.
        Instant fridayNineWit = LocalDateTime.of(2026, 12, 4, 9, 0).atZone(WIT).toInstant();
        Post saved = editing.save(draft(null, 0, line(office.account, FRIDAY_9_WIB), line(papua, fridayNineWit)),
                Optional.of(fridaysUntil(dec(25))));

        assertThat(byDate(saved.id(), office.account)).containsOnlyKeys(dec(4), dec(11), dec(18), dec(25))
                .allSatisfy((d, t) -> assertThat(t.scheduledAt()).isEqualTo(d.atTime(9, 0).atZone(WIB).toInstant()));
        assertThat(byDate(saved.id(), papua)).containsOnlyKeys(dec(4), dec(11), dec(18), dec(25))
                .allSatisfy((d, t) -> assertThat(t.scheduledAt()).isEqualTo(d.atTime(9, 0).atZone(WIT).toInstant()));

        PostDraft reopened = editing.open(saved.id());
        assertThat(reopened.targets()).as("the editor shows the first publication per account, not all eight")
                .extracting(PostDraft.TargetLine::scheduledAt).containsExactly(fridayNineWit, FRIDAY_9_WIB);
        assertThat(editing.repeatOf(saved.id())).contains(fridaysUntil(dec(25)));
        List<CalendarEntry> month = ws.planning().between(dec(1), dec(31), WIB);
        assertThat(month).hasSize(8).allSatisfy(e -> assertThat(e.recurring()).isTrue());
    }

    @Test
    void aChangedRuleReplacesFutureUnpublishedOccurrencesAndKeepsPastPublishedAndUnchangedOnes() {
        Post first = editing.save(draft(null, 0, line(office.account, FRIDAY_9_WIB)),
                Optional.of(fridaysUntil(dec(25))));
        Map<LocalDate, PostTarget> before = byDate(first.id(), office.account);
        var posts = new JdbcPostRepository(ws.database());
        PostTarget dec4 = before.get(dec(4));
        ws.transactor().write(() -> posts.saveTarget(new PostTarget(dec4.id(), dec4.postId(), dec4.accountId(),
                dec4.scheduledAt(), "https://instagram.com/p/jumat1", dec4.version())));
        clock.set(Instant.parse("2026-12-12T02:00:00Z")); // Saturday: 4 and 11 December are past

        // Mondays and Fridays until 8 January: past Monday 7 December is not made after the fact.
        Post second = editing.save(draft(first.id(), first.version(), line(office.account, FRIDAY_9_WIB)),
                Optional.of(RecurrenceRule.weekly(1, Set.of(MONDAY, FRIDAY), LocalDate.of(2027, 1, 8))));
        Map<LocalDate, PostTarget> after = byDate(first.id(), office.account);
        assertThat(after).containsOnlyKeys(dec(4), dec(11), dec(14), dec(18), dec(21), dec(25), dec(28),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8));
        for (int d : new int[] {4, 11, 18, 25}) {
            assertThat(after.get(dec(d)).id()).as("occurrence of %d December keeps its row", d)
                    .isEqualTo(before.get(dec(d)).id());
        }
        assertThat(after.get(dec(4)).liveUrl()).isEqualTo("https://instagram.com/p/jumat1");

        // Mondays only, until the end of the year: the future Fridays go, the past and published stay.
        editing.save(draft(first.id(), second.version(), line(office.account, FRIDAY_9_WIB)),
                Optional.of(RecurrenceRule.weekly(1, Set.of(MONDAY), dec(31))));
        Map<LocalDate, PostTarget> third = byDate(first.id(), office.account);
        assertThat(third).containsOnlyKeys(dec(4), dec(11), dec(14), dec(21), dec(28));
        assertThat(third.get(dec(14)).id()).isEqualTo(after.get(dec(14)).id());
    }

    @Test
    void aNewTimeMovesFutureOccurrencesInPlaceAndAMovedOccurrenceStaysWhereItWasPut() {
        Post first = editing.save(draft(null, 0, line(office.account, FRIDAY_9_WIB)),
                Optional.of(fridaysUntil(dec(25))));
        PostTarget dec11 = byDate(first.id(), office.account).get(dec(11));
        Instant saturday = dec(12).atTime(10, 0).atZone(WIB).toInstant();
        ws.workflow().reschedule(dec11.id(), first.id(), dec11.version(), saturday);
        Post moved = office.reload(first.id());

        // 09:00 becomes 15:00, and the series runs one week longer.
        Instant fridayAtThree = dec(4).atTime(15, 0).atZone(WIB).toInstant();
        editing.save(draft(first.id(), moved.version(), line(office.account, fridayAtThree)),
                Optional.of(fridaysUntil(LocalDate.of(2027, 1, 1))));

        Map<LocalDate, PostTarget> after = byDate(first.id(), office.account);
        assertThat(after).containsOnlyKeys(dec(4), dec(12), dec(18), dec(25), LocalDate.of(2027, 1, 1));
        assertThat(after.get(dec(12))).satisfies(t -> {
            assertThat(t.id()).isEqualTo(dec11.id());
            assertThat(t.scheduledAt()).isEqualTo(saturday);
        });
        assertThat(after.get(dec(18)).scheduledAt()).isEqualTo(dec(18).atTime(15, 0).atZone(WIB).toInstant());
    }

    @Test
    void makingAnApprovedPostRepeatKeepsItsPublicationAsTheFirstOccurrenceAndSendsItBackToReview() {
        Post approved = office.post(WorkflowState.APPROVED, "Senam bersama setiap Jumat.");
        PostTarget original = office.targets(approved.id()).get(0);
        PostDraft opened = editing.open(approved.id());

        Post saved = editing.save(opened, Optional.of(fridaysUntil(dec(18))));

        assertThat(saved.state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(byDate(approved.id(), office.account)).containsOnlyKeys(dec(4), dec(11), dec(18))
                .satisfies(m -> assertThat(m.get(dec(4)).id()).isEqualTo(original.id()));

        // And back to a one-off post: only the typed publication stays.
        Post again = editing.save(editing.open(approved.id()), Optional.empty());
        assertThat(office.targets(approved.id())).singleElement()
                .satisfies(t -> assertThat(t.id()).isEqualTo(original.id()));
        assertThat(editing.repeatOf(again.id())).isEmpty();
        assertThat(ws.planning().between(dec(1), dec(31), WIB)).allSatisfy(e -> assertThat(e.recurring()).isFalse());
    }

    @Test
    void aRuleWithoutEndOrEndingBeforeItsStartIsRefusedAndNothingChanges() {
        long postsBefore = ws.planning().counts().posts();
        assertThatThrownBy(() -> editing.save(draft(null, 0, line(office.account, FRIDAY_9_WIB)),
                Optional.of(fridaysUntil(null))))
                .isInstanceOfSatisfying(RepeatRuleException.class, e -> {
                    assertThat(e.problem()).isEqualTo(RecurrenceException.Problem.NO_END);
                    assertThat(e.messageKey()).isEqualTo("repeat.error.noEnd");
                });
        assertThat(ws.planning().counts().posts()).isEqualTo(postsBefore);

        Post saved = editing.save(draft(null, 0, line(office.account, FRIDAY_9_WIB)),
                Optional.of(fridaysUntil(dec(18))));
        List<PostTarget> stored = office.targets(saved.id());
        assertThatThrownBy(() -> editing.save(draft(saved.id(), saved.version(), line(office.account, FRIDAY_9_WIB)),
                Optional.of(fridaysUntil(dec(1)))))
                .isInstanceOfSatisfying(RepeatRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("repeat.error.endBeforeStart"));
        assertThatThrownBy(() -> editing.save(draft(saved.id(), saved.version(), line(office.account, FRIDAY_9_WIB)),
                Optional.of(RecurrenceRule.daily(1, LocalDate.of(2028, 1, 1)))))
                .isInstanceOfSatisfying(RepeatRuleException.class,
                        e -> assertThat(e.problem()).isEqualTo(RecurrenceException.Problem.TOO_MANY));
        assertThat(office.targets(saved.id())).isEqualTo(stored);
        assertThat(office.reload(saved.id()).version()).isEqualTo(saved.version());
    }

    @Test
    void eachOccurrenceIsItsOwnEventWithAUidThatSurvivesAChangedRule() throws Exception {
        Post first = editing.save(draft(null, 0, line(office.account, FRIDAY_9_WIB)),
                Optional.of(fridaysUntil(dec(25))));
        Map<LocalDate, String> uids = exportedUids();
        assertThat(uids).containsOnlyKeys(dec(4), dec(11), dec(18), dec(25));
        assertThat(Set.copyOf(uids.values())).hasSize(4);

        // Two more Fridays; the Friday of 11 December is dropped by moving the start to the 18th.
        editing.save(draft(first.id(), first.version(), line(office.account, dec(18).atTime(9, 0).atZone(WIB)
                .toInstant())), Optional.of(fridaysUntil(LocalDate.of(2027, 1, 8))));
        Map<LocalDate, String> after = exportedUids();
        assertThat(after).containsOnlyKeys(dec(18), dec(25), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 8));
        assertThat(after.get(dec(18))).isEqualTo(uids.get(dec(18)));
        assertThat(after.get(dec(25))).isEqualTo(uids.get(dec(25)));
        assertThat(Set.copyOf(after.values())).hasSize(4).doesNotContain(uids.get(dec(4)), uids.get(dec(11)));
    }

    /** The export read back with biweekly: event date (WIB) to UID. */
    private Map<LocalDate, String> exportedUids() throws Exception {
        Path out = Files.createTempFile(dir, "ulang", ".ics");
        ws.export().writeTo(new ExportFilter(null, null, null, null, null, null, ALL_STATES), out,
                new Messages(Messages.INDONESIAN));
        ICalendar cal = Biweekly.parse(Files.readString(out, StandardCharsets.UTF_8)).first();
        Map<LocalDate, String> uids = new HashMap<>();
        for (VEvent e : cal.getEvents()) {
            LocalDate day = LocalDate.ofInstant(e.getDateStart().getValue().toInstant(), WIB);
            assertThat(uids.put(day, e.getUid().getValue())).as("one event per day").isNull();
        }
        return uids;
    }
}
