package id.warta.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanningRulesTest {
    private static final ZoneId WIB = AccountZone.WIB.zoneId();
    private final Account igHealth = new Account("a-ig", "c-health", Channel.INSTAGRAM, "@dinkes", "Dinkes",
            AccountZone.WIB, 1);
    private final Account xHealth = new Account("a-x", "c-health", Channel.X, "@dinkes_x", "Dinkes X",
            AccountZone.WIB, 1);
    private final Account igMakassar = new Account("a-mks", "c-mks", Channel.INSTAGRAM, "@kominfo_mks", "Kominfo",
            AccountZone.WITA, 1);
    private final Account igPapua = new Account("a-jpr", "c-jpr", Channel.INSTAGRAM, "@diskominfo_papua", "Papua",
            AccountZone.WIT, 1);

    private static Instant wib(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, WIB).toInstant();
    }

    private static Blackout quiet(BlackoutScope scope, String clientId, Set<String> accounts, BlackoutMode mode) {
        return Blackout.create("Masa tenang", "Hari tenang pemilihan", wib(10, 0, 0), wib(13, 0, 0), scope, clientId,
                accounts, mode);
    }

    @Test
    void aBlackoutIncludesItsStartAndExcludesItsEnd() {
        Blackout b = quiet(BlackoutScope.ALL, null, null, BlackoutMode.REFUSE);
        assertThat(b.covers(wib(10, 0, 0))).isTrue();
        assertThat(b.covers(wib(9, 23, 59))).isFalse();
        assertThat(b.covers(wib(12, 23, 59))).isTrue();
        assertThat(b.covers(wib(13, 0, 0))).isFalse();
        assertThat(b.covers(wib(13, 0, 0).minusNanos(1))).isTrue();
    }

    @Test
    void scopeAllClientAndAccountsPickTheRightAccounts() {
        Instant inside = wib(11, 9, 0);
        Blackout all = quiet(BlackoutScope.ALL, null, null, BlackoutMode.REFUSE);
        Blackout client = quiet(BlackoutScope.CLIENT, "c-health", null, BlackoutMode.REFUSE);
        Blackout accounts = quiet(BlackoutScope.ACCOUNTS, null, Set.of("a-x"), BlackoutMode.REFUSE);
        assertThat(List.of(igHealth, xHealth, igMakassar)).allMatch(a -> all.blocks(a, inside));
        assertThat(client.blocks(igHealth, inside)).isTrue();
        assertThat(client.blocks(xHealth, inside)).isTrue();
        assertThat(client.blocks(igMakassar, inside)).isFalse();
        assertThat(accounts.blocks(xHealth, inside)).isTrue();
        assertThat(accounts.blocks(igHealth, inside)).isFalse();
        assertThat(accounts.blocks(xHealth, wib(13, 0, 0))).isFalse();
    }

    @Test
    void aBlackoutMustEndAfterItStartsAndNameItsTargets() {
        assertThatThrownBy(() -> Blackout.create("x", "", wib(10, 0, 0), wib(10, 0, 0), BlackoutScope.ALL, null, null,
                BlackoutMode.WARN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quiet(BlackoutScope.CLIENT, null, null, BlackoutMode.WARN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quiet(BlackoutScope.ACCOUNTS, null, Set.of(), BlackoutMode.WARN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusingBlackoutsRefuseAndWarningOnesWarnWithTheirReason() {
        Instant inside = wib(11, 9, 0);
        var refused = ScheduleRules.check(igHealth, inside,
                List.of(quiet(BlackoutScope.ALL, null, null, BlackoutMode.REFUSE)), null);
        assertThat(refused).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ScheduleIssue.Kind.BLACKOUT_REFUSED);
            assertThat(i.refuses()).isTrue();
            assertThat(i.detail()).isEqualTo("Hari tenang pemilihan");
            assertThat(i.accountLabel()).isEqualTo("Instagram \u00b7 @dinkes");
        });
        var warned = ScheduleRules.check(igHealth, inside,
                List.of(quiet(BlackoutScope.ALL, null, null, BlackoutMode.WARN)), null);
        assertThat(warned).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ScheduleIssue.Kind.BLACKOUT_WARNING);
            assertThat(i.refuses()).isFalse();
        });
        assertThat(ScheduleRules.check(igHealth, wib(13, 0, 0),
                List.of(quiet(BlackoutScope.ALL, null, null, BlackoutMode.REFUSE)), null)).isEmpty();
    }

    @Test
    void postingHoursAreReadOnTheAccountsOwnClock() {
        PostingHours hours = new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0));
        // 05:30 WIB is 06:30 WITA and 07:30 WIT: inside for Makassar and Jayapura, outside for Jakarta.
        Instant early = wib(5, 5, 30);
        assertThat(hours.allows(early, AccountZone.WIB)).isFalse();
        assertThat(hours.allows(early, AccountZone.WITA)).isTrue();
        assertThat(hours.allows(early, AccountZone.WIT)).isTrue();
        // 19:30 WIB is 21:30 WIT: after the end (exclusive) in Jayapura.
        Instant evening = wib(5, 19, 30);
        assertThat(hours.allows(evening, AccountZone.WIB)).isTrue();
        assertThat(hours.allows(evening, AccountZone.WITA)).isTrue();
        assertThat(hours.allows(evening, AccountZone.WIT)).isFalse();
        // 19:00 WIB is exactly 21:00 WIT: the end is excluded; 04:00 WIB is 06:00 WIT: the start is included.
        assertThat(hours.allows(wib(5, 19, 0), AccountZone.WIT)).isFalse();
        assertThat(hours.allows(wib(5, 4, 0), AccountZone.WIT)).isTrue();
    }

    @Test
    void hoursOverMidnightWrapAround() {
        PostingHours night = new PostingHours(LocalTime.of(22, 0), LocalTime.of(2, 0));
        assertThat(night.allows(wib(5, 23, 0), AccountZone.WIB)).isTrue();
        assertThat(night.allows(wib(5, 1, 59), AccountZone.WIB)).isTrue();
        assertThat(night.allows(wib(5, 2, 0), AccountZone.WIB)).isFalse();
        assertThat(night.allows(wib(5, 12, 0), AccountZone.WIB)).isFalse();
    }

    @Test
    void outsideHoursIsAWarningThatNamesTheHoursAndZone() {
        AccountPlan plan = new AccountPlan("a-mks", new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0)), null);
        var issues = ScheduleRules.check(igMakassar, wib(5, 20, 30), List.of(), plan); // 21:30 WITA
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ScheduleIssue.Kind.OUTSIDE_HOURS);
            assertThat(i.refuses()).isFalse();
            assertThat(i.detail()).isEqualTo("06:00\u201321:00 WITA");
        });
        assertThat(ScheduleRules.check(igMakassar, wib(5, 19, 30), List.of(), plan)).isEmpty();
        assertThat(ScheduleRules.check(igPapua, wib(5, 3, 0), List.of(), AccountPlan.none("a-jpr"))).isEmpty();
    }

    @Test
    void cadenceGapsCountWholeWeeksAcrossAMonthBoundary() {
        // March 2026 starts on a Sunday: the week of Monday 23 Feb holds 1 March, the week of 30 March holds 1-5 April.
        Map<String, AccountPlan> plans = Map.of("a-ig", new AccountPlan("a-ig", null, 3),
                "a-x", new AccountPlan("a-x", null, 1));
        List<CalendarEntry> entries = new ArrayList<>();
        entries.add(entry("a-ig", LocalDate.of(2026, 2, 26), WorkflowState.SCHEDULED));
        entries.add(entry("a-ig", LocalDate.of(2026, 2, 27), WorkflowState.DRAFT));
        entries.add(entry("a-ig", LocalDate.of(2026, 3, 1), WorkflowState.APPROVED));
        entries.add(entry("a-ig", LocalDate.of(2026, 3, 31), WorkflowState.SCHEDULED));
        entries.add(entry("a-ig", LocalDate.of(2026, 4, 2), WorkflowState.CANCELLED));
        entries.add(entry("a-ig", LocalDate.of(2026, 4, 5), WorkflowState.DRAFT));
        entries.add(entry("a-x", LocalDate.of(2026, 2, 23), WorkflowState.DRAFT));
        for (int d = 2; d <= 30; d += 7) {
            entries.add(entry("a-x", LocalDate.of(2026, 3, d), WorkflowState.DRAFT));
        }
        var gaps = Cadence.gaps(entries, List.of(igHealth, xHealth, igMakassar), plans, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), WIB);
        // Week of 23 Feb: 3 of 3 (February days count). Weeks of 2, 9, 16, 23 March: 0 of 3. Week of 30 March: 2 of 3
        // (the cancelled one does not count, 5 April does). The X account posts once a week: no gap.
        assertThat(gaps).extracting(CadenceGap::weekStart).containsExactly(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30));
        assertThat(gaps).allMatch(g -> g.accountId().equals("a-ig") && g.target() == 3);
        assertThat(gaps.get(4).planned()).isEqualTo(2);
        assertThat(gaps.get(4).missing()).isEqualTo(1);
        assertThat(gaps.get(0).clientId()).isEqualTo("c-health");
    }

    @Test
    void contentMixCountsByTypeChannelAndClient() {
        List<CalendarEntry> entries = List.of(
                entry("a-ig", LocalDate.of(2026, 3, 2), WorkflowState.DRAFT, ContentType.INFOGRAPHIC, Channel.INSTAGRAM,
                        "c-health"),
                entry("a-ig", LocalDate.of(2026, 3, 3), WorkflowState.DRAFT, ContentType.INFOGRAPHIC, Channel.INSTAGRAM,
                        "c-health"),
                entry("a-x", LocalDate.of(2026, 3, 3), WorkflowState.DRAFT, ContentType.HOAX_CLARIFICATION, Channel.X,
                        "c-health"),
                entry("a-mks", LocalDate.of(2026, 3, 4), WorkflowState.DRAFT, ContentType.VIDEO, Channel.INSTAGRAM,
                        "c-mks"));
        ContentMix mix = ContentMix.of(entries, id -> id.equals("c-health") ? "Dinas Kesehatan" : "Kominfo Makassar");
        assertThat(mix.total()).isEqualTo(4);
        assertThat(mix.byType()).containsEntry(ContentType.INFOGRAPHIC, 2).containsEntry(ContentType.VIDEO, 1)
                .containsEntry(ContentType.HOAX_CLARIFICATION, 1).hasSize(3);
        assertThat(mix.byChannel()).containsEntry(Channel.INSTAGRAM, 3).containsEntry(Channel.X, 1).hasSize(2);
        assertThat(mix.byClient()).containsEntry("Dinas Kesehatan", 3).containsEntry("Kominfo Makassar", 1);
    }

    private CalendarEntry entry(String account, LocalDate day, WorkflowState state) {
        return entry(account, day, state, ContentType.EDUCATIONAL, Channel.INSTAGRAM, "c-health");
    }

    private static int counter;

    private CalendarEntry entry(String account, LocalDate day, WorkflowState state, ContentType type, Channel channel,
                                String client) {
        counter++;
        return new CalendarEntry("t" + counter, "p" + counter, client, account, "Post " + counter, state, type,
                channel, "@h", AccountZone.WIB, day.atTime(9, 0).atZone(WIB).toInstant(), 1);
    }
}
