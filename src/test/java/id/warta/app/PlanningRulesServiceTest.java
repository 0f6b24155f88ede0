package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostingHours;
import id.warta.domain.ScheduleIssue;
import id.warta.domain.WorkflowState;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcAuditRepository;
import id.warta.service.Messages;
import id.warta.service.PlanningRuleException;
import id.warta.service.PlanningRulesService;
import id.warta.service.PostDraft;
import id.warta.service.ScheduleRefusedException;
import id.warta.ui.common.ErrorText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blackouts and account plans through the services on a real database: refusals, warnings, audit. */
class PlanningRulesServiceTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    PlanningRulesService rules;
    Account makassar;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("rencana.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        rules = ws.planningRules();
        makassar = ws.transactor().write(() -> new JdbcAccountRepository(ws.database()).save(Account.create(
                office.client.id(), Channel.X, "@kominfo_mks", "Kominfo Makassar", AccountZone.WITA)));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static Instant wib(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, WIB).toInstant();
    }

    /** 7 to 10 December WIB, end exclusive. */
    private Blackout quietPeriod(BlackoutScope scope, BlackoutMode mode) {
        office.signIn(office.admin);
        return rules.saveBlackout(Blackout.create("Masa tenang Pilkada", "Hari tenang sebelum pemungutan suara",
                wib(12, 7, 0), wib(12, 10, 0), scope, scope == BlackoutScope.CLIENT ? office.client.id() : null,
                scope == BlackoutScope.ACCOUNTS ? Set.of(office.account.id()) : null, mode));
    }

    private List<String> auditActions() {
        return ws.transactor().read(() -> new JdbcAuditRepository(ws.database()).all()).stream()
                .map(e -> e.action()).toList();
    }

    @Test
    void aRefusingBlackoutRefusesADragIntoItWithItsReasonAndLeavesThePost() {
        quietPeriod(BlackoutScope.CLIENT, BlackoutMode.REFUSE);
        Post post = office.post(WorkflowState.DRAFT, "Layanan KTP keliling hadir di kelurahan.");
        PostTarget target = office.targets(post.id()).get(0);
        office.signIn(office.staff);
        assertThatThrownBy(() -> ws.workflow().reschedule(target.id(), post.id(), target.version(), wib(12, 8, 9)))
                .isInstanceOfSatisfying(ScheduleRefusedException.class, e -> {
                    String text = ErrorText.of(e, new Messages(Messages.INDONESIAN));
                    assertThat(text).contains("Masa tenang Pilkada").contains("Hari tenang sebelum pemungutan suara")
                            .contains("@kominfo.contoh");
                });
        assertThat(office.targets(post.id()).get(0).scheduledAt()).isEqualTo(target.scheduledAt());
        // The first moment is inside; the end is not.
        assertThatThrownBy(() -> ws.workflow().reschedule(target.id(), post.id(), target.version(), wib(12, 7, 0)))
                .isInstanceOf(ScheduleRefusedException.class);
        PostTarget moved = ws.workflow().reschedule(target.id(), post.id(), target.version(), wib(12, 10, 0));
        assertThat(moved.scheduledAt()).isEqualTo(wib(12, 10, 0));
    }

    @Test
    void aWarningBlackoutAllowsTheMoveButTheCheckWarns() {
        quietPeriod(BlackoutScope.ALL, BlackoutMode.WARN);
        Post post = office.post(WorkflowState.DRAFT, "Layanan KTP keliling hadir di kelurahan.");
        PostTarget target = office.targets(post.id()).get(0);
        office.signIn(office.staff);
        assertThat(rules.check(office.account.id(), wib(12, 8, 9))).singleElement()
                .extracting(ScheduleIssue::kind).isEqualTo(ScheduleIssue.Kind.BLACKOUT_WARNING);
        assertThat(ws.workflow().reschedule(target.id(), post.id(), target.version(), wib(12, 8, 9)).scheduledAt())
                .isEqualTo(wib(12, 8, 9));
    }

    @Test
    void anAccountBlackoutCoversOnlyTheAccountsNamed() {
        quietPeriod(BlackoutScope.ACCOUNTS, BlackoutMode.REFUSE);
        assertThat(rules.check(office.account.id(), wib(12, 8, 9))).extracting(ScheduleIssue::refuses)
                .containsExactly(true);
        assertThat(rules.check(makassar.id(), wib(12, 8, 9))).isEmpty();
        assertThat(rules.blackouts()).singleElement().satisfies(b ->
                assertThat(b.accountIds()).containsExactly(office.account.id()));
    }

    @Test
    void theEditorCannotSaveANewTimeIntoARefusingBlackoutAndNothingIsStored() {
        quietPeriod(BlackoutScope.ALL, BlackoutMode.REFUSE);
        office.signIn(office.staff);
        long posts = ws.planning().counts().posts();
        PostDraft draft = new PostDraft(null, 0, office.client.id(), null, "Jadwal vaksinasi", "Isi", ContentType
                .ANNOUNCEMENT, List.of(), List.of(new PostDraft.TargetLine(office.account.id(), wib(12, 9, 9), "")));
        assertThatThrownBy(() -> ws.editing().save(draft)).isInstanceOf(ScheduleRefusedException.class);
        assertThat(ws.planning().counts().posts()).isEqualTo(posts);
        PostDraft outside = new PostDraft(null, 0, office.client.id(), null, "Jadwal vaksinasi", "Isi", ContentType
                .ANNOUNCEMENT, List.of(), List.of(new PostDraft.TargetLine(office.account.id(), wib(12, 11, 9), "")));
        assertThat(ws.editing().save(outside).title()).isEqualTo("Jadwal vaksinasi");
    }

    @Test
    void theScheduleStepIsRefusedForAPublicationInsideARefusingBlackout() {
        Post post = office.post(WorkflowState.APPROVED, "Layanan KTP keliling hadir di kelurahan.");
        PostTarget target = office.targets(post.id()).get(0);
        office.signIn(office.admin);
        rules.saveBlackout(Blackout.create("Masa berkabung", "Hari berkabung daerah", target.scheduledAt().minusSeconds(60),
                target.scheduledAt().plusSeconds(60), BlackoutScope.ALL, null, null, BlackoutMode.REFUSE));
        office.signIn(office.staff);
        assertThatThrownBy(() -> ws.workflow().markScheduled(post.id(), post.version()))
                .isInstanceOf(ScheduleRefusedException.class);
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.APPROVED);
    }

    @Test
    void onlyAnAdministratorManagesRulesAndEveryChangeIsAudited() {
        office.signIn(office.supervisor);
        assertThatThrownBy(() -> rules.saveBlackout(Blackout.create("x", "", wib(12, 7, 0), wib(12, 8, 0),
                BlackoutScope.ALL, null, null, BlackoutMode.WARN)))
                .isInstanceOfSatisfying(PlanningRuleException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanningRuleException.Reason.NOT_ADMIN));
        assertThatThrownBy(() -> rules.savePlan(office.account.id(), null, 3))
                .isInstanceOf(PlanningRuleException.class);
        Blackout saved = quietPeriod(BlackoutScope.ALL, BlackoutMode.WARN);
        Blackout changed = rules.saveBlackout(new Blackout(saved.id(), saved.name(), "Alasan baru", saved.start(),
                saved.end(), BlackoutScope.ALL, null, null, BlackoutMode.REFUSE, saved.version()));
        assertThat(changed.version()).isEqualTo(saved.version() + 1);
        assertThat(rules.blackouts()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("Alasan baru");
            assertThat(b.mode()).isEqualTo(BlackoutMode.REFUSE);
        });
        rules.savePlan(office.account.id(), new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0)), 3);
        rules.deleteBlackout(saved.id());
        assertThat(rules.blackouts()).isEmpty();
        assertThat(auditActions()).containsSubsequence("planningRule.blackoutCreate", "planningRule.blackoutChange",
                "planningRule.accountPlanChange", "planningRule.blackoutDelete");
        assertThat(ws.audit().verify(java.util.Optional.empty()).intact()).isTrue();
    }

    @Test
    void postingHoursWarnOnTheAccountsOwnClockAndAnEmptyPlanIsRemoved() {
        office.signIn(office.admin);
        rules.savePlan(makassar.id(), new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0)), null);
        // 20:30 WIB is 21:30 WITA: outside; 19:00 WIB is 20:00 WITA: inside.
        assertThat(rules.check(makassar.id(), wib(12, 5, 19))).isEmpty();
        assertThat(rules.check(makassar.id(), ZonedDateTime.of(2026, 12, 5, 20, 30, 0, 0, WIB).toInstant()))
                .singleElement().satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(ScheduleIssue.Kind.OUTSIDE_HOURS);
                    assertThat(i.detail()).isEqualTo("06:00\u201321:00 WITA");
                });
        assertThat(rules.plans()).containsKey(makassar.id());
        rules.savePlan(makassar.id(), null, null);
        assertThat(rules.plans()).doesNotContainKey(makassar.id());
    }

    @Test
    void cadenceGapsComeFromTheStoredPostsOfWholeWeeks() {
        office.signIn(office.admin);
        rules.savePlan(office.account.id(), null, 2);
        // The fixture's post is three days ahead: Friday 4 December, in the week of Monday 30 November.
        office.post(WorkflowState.DRAFT, "Satu");
        office.post(WorkflowState.DRAFT, "Dua");
        var gaps = rules.cadenceGaps(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WIB);
        assertThat(gaps).extracting(g -> g.weekStart()).doesNotContain(LocalDate.of(2026, 11, 30))
                .contains(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 28));
        assertThat(gaps).allMatch(g -> g.planned() == 0 && g.target() == 2);
        var november = rules.cadenceGaps(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), WIB);
        assertThat(november).extracting(g -> g.weekStart()).doesNotContain(LocalDate.of(2026, 11, 30))
                .contains(LocalDate.of(2026, 11, 23));
    }

    @Test
    void blackoutsBecomeCalendarEventsWithTheirReason() {
        quietPeriod(BlackoutScope.ALL, BlackoutMode.REFUSE);
        var events = rules.blackoutEvents(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WIB);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.uid()).startsWith(PlanningRulesService.EVENT_PREFIX + "refuse:");
            assertThat(e.title()).contains("Masa tenang Pilkada").contains("Hari tenang");
            assertThat(e.firstDay()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(e.lastDay()).isEqualTo(LocalDate.of(2026, 12, 9));
        });
        assertThat(rules.blackoutEvents(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 31), WIB)).isEmpty();
    }
}
