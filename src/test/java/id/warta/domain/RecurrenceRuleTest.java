package id.warta.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Expanding repeat rules into dates and publication times, and the rules Warta refuses. */
class RecurrenceRuleTest {
    private static final LocalDate WED_2_DEC = LocalDate.of(2026, 12, 2);
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @Test
    void everyFridayUntilTheEndOfTheYearStartsOnTheFirstFridayAndIncludesTheEndDate() {
        RecurrenceRule rule = RecurrenceRule.weekly(1, Set.of(FRIDAY), LocalDate.of(2026, 12, 25));

        assertThat(rule.dates(WED_2_DEC)).containsExactly(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 11),
                LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 25));
    }

    @Test
    void severalWeekdaysEveryOtherWeekCountWeeksFromTheStartWeek() {
        RecurrenceRule rule = RecurrenceRule.weekly(2, Set.of(MONDAY, WEDNESDAY, FRIDAY), NEW_YEARS_EVE);

        // Week of 30 Nov (Wed 2, Fri 4), skip week of 7 Dec, week of 14 Dec, skip, week of 28 Dec.
        assertThat(rule.dates(WED_2_DEC)).containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 18),
                LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 30));
    }

    @Test
    void aWeeklyRuleWithoutDaysRepeatsOnTheStartsWeekdayAcrossAMonthBoundary() {
        RecurrenceRule rule = RecurrenceRule.weekly(1, List.of(), LocalDate.of(2026, 12, 9));

        assertThat(rule.dates(LocalDate.of(2026, 11, 25))).containsExactly(LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 9));
    }

    @Test
    void dailyAndMonthlyRulesAndTheThirtyFirstInShortMonths() {
        assertThat(RecurrenceRule.daily(3, LocalDate.of(2026, 12, 8)).dates(LocalDate.of(2026, 11, 29)))
                .containsExactly(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 5),
                        LocalDate.of(2026, 12, 8));
        assertThat(RecurrenceRule.monthly(1, LocalDate.of(2027, 4, 30)).dates(LocalDate.of(2027, 1, 31)))
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 4, 30));
    }

    @Test
    void occurrencesKeepTheLocalTimeAndTakeWeekdaysInTheAccountsZone() {
        RecurrenceRule fridays = RecurrenceRule.weekly(1, Set.of(FRIDAY), LocalDate.of(2026, 12, 11));
        // Friday 4 December 06:00 in Jayapura (WIT, UTC+9) is still Thursday in UTC.
        Instant first = Instant.parse("2026-12-03T21:00:00Z");

        Map<LocalDate, Instant> wit = fridays.occurrences(first, AccountZone.WIT.zoneId());
        assertThat(wit).containsExactly(Map.entry(LocalDate.of(2026, 12, 4), first),
                Map.entry(LocalDate.of(2026, 12, 11), Instant.parse("2026-12-10T21:00:00Z")));

        // The same instant in Jakarta (WIB) is Friday 04:00; in Makassar (WITA) Friday 05:00: same dates.
        assertThat(fridays.occurrences(first, AccountZone.WIB.zoneId()).keySet())
                .containsExactly(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 11));
        assertThat(fridays.occurrences(first, AccountZone.WITA.zoneId()).values())
                .containsExactly(first, Instant.parse("2026-12-10T21:00:00Z"));

        // 23:30 WIB on Thursday 3 December is Friday 01:30 in Jayapura: only the WIT account gets a Friday series.
        Instant lateThursday = Instant.parse("2026-12-03T16:30:00Z");
        assertThat(fridays.occurrences(lateThursday, AccountZone.WIB.zoneId()).keySet())
                .containsExactly(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 11));
        assertThat(fridays.occurrences(lateThursday, AccountZone.WIB.zoneId()).values())
                .first().isEqualTo(Instant.parse("2026-12-04T16:30:00Z"));
        assertThat(fridays.occurrences(lateThursday, AccountZone.WIT.zoneId()).values())
                .first().isEqualTo(lateThursday);
    }

    @Test
    void theLocalTimeHoldsAcrossTheMonthBoundaryInEveryZone() {
        RecurrenceRule daily = RecurrenceRule.daily(1, LocalDate.of(2026, 12, 1));
        for (AccountZone zone : AccountZone.values()) {
            ZoneId id = zone.zoneId();
            Instant first = LocalDate.of(2026, 11, 30).atTime(8, 0).atZone(id).toInstant();
            assertThat(daily.occurrences(first, id).values()).as(zone.name())
                    .containsExactly(first, LocalDate.of(2026, 12, 1).atTime(8, 0).atZone(id).toInstant());
        }
    }

    @Test
    void aRuleWithoutEndOrEndingBeforeItsStartIsRefused() {
        assertThat(RecurrenceRule.weekly(1, Set.of(FRIDAY), null).problem(WED_2_DEC))
                .contains(RecurrenceException.Problem.NO_END);
        assertThatThrownBy(() -> RecurrenceRule.weekly(1, Set.of(FRIDAY), null).dates(WED_2_DEC))
                .isInstanceOfSatisfying(RecurrenceException.class,
                        e -> assertThat(e.problem()).isEqualTo(RecurrenceException.Problem.NO_END));
        assertThat(RecurrenceRule.daily(1, LocalDate.of(2026, 12, 1)).problem(WED_2_DEC))
                .contains(RecurrenceException.Problem.END_BEFORE_START);
        // Ends on Thursday, but the only chosen day is the Friday after: not a single date.
        assertThat(RecurrenceRule.weekly(1, Set.of(FRIDAY), LocalDate.of(2026, 12, 3)).problem(WED_2_DEC))
                .contains(RecurrenceException.Problem.END_BEFORE_START);
        assertThat(RecurrenceRule.daily(0, NEW_YEARS_EVE).problem(WED_2_DEC))
                .contains(RecurrenceException.Problem.BAD_INTERVAL);
    }

    @Test
    void aYearOfDailyPostsIsTheMostARuleMayMake() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        assertThat(RecurrenceRule.daily(1, start.plusDays(RecurrenceRule.MAX_OCCURRENCES - 1)).dates(start))
                .hasSize(RecurrenceRule.MAX_OCCURRENCES);
        assertThat(RecurrenceRule.daily(1, start.plusDays(RecurrenceRule.MAX_OCCURRENCES)).problem(start))
                .contains(RecurrenceException.Problem.TOO_MANY);
        assertThat(RecurrenceRule.weekly(1, Set.of(DayOfWeek.values()), LocalDate.of(2099, 1, 1)).problem(start))
                .contains(RecurrenceException.Problem.TOO_MANY);
    }

    @Test
    void theStoredFormReadsBackEqual() {
        RecurrenceRule rule = RecurrenceRule.weekly(2, Set.of(FRIDAY, MONDAY), NEW_YEARS_EVE);
        assertThat(rule.encode()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;UNTIL=20261231");
        assertThat(RecurrenceRule.parse(rule.encode())).isEqualTo(rule);
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;INTERVAL=1;UNTIL=20270630"))
                .isEqualTo(RecurrenceRule.monthly(1, LocalDate.of(2027, 6, 30)));
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=YEARLY")).isInstanceOf(IllegalArgumentException.class);
    }
}
