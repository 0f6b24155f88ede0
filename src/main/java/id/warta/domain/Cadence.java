package id.warta.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Target cadence: for each week touching a period and each account with a target, how many
 * publications are planned. Weeks run Monday to Sunday in the planner's zone, whole weeks even at
 * the edges of a month, so a week across a month boundary counts the days of both months.
 */
public final class Cadence {
    private Cadence() {
    }

    /** The Monday of the week holding {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Gaps in the weeks from the week of {@code first} to the week of {@code last}. {@code entries}
     * should cover those whole weeks; cancelled publications do not count.
     */
    public static List<CadenceGap> gaps(Collection<CalendarEntry> entries, Collection<Account> accounts,
                                        Map<String, AccountPlan> plans, LocalDate first, LocalDate last, ZoneId zone) {
        Map<String, Map<LocalDate, Integer>> counts = new HashMap<>();
        for (CalendarEntry e : entries) {
            if (e.state() == WorkflowState.CANCELLED || e.state() == WorkflowState.REJECTED) {
                continue;
            }
            LocalDate week = weekOf(e.scheduledAt().atZone(zone).toLocalDate());
            counts.computeIfAbsent(e.accountId(), k -> new HashMap<>()).merge(week, 1, Integer::sum);
        }
        List<CadenceGap> gaps = new ArrayList<>();
        List<Account> sorted = new ArrayList<>(accounts);
        sorted.sort(Comparator.comparing((Account a) -> a.channel().displayName()).thenComparing(Account::handle));
        for (LocalDate week = weekOf(first); !week.isAfter(last); week = week.plusWeeks(1)) {
            for (Account a : sorted) {
                AccountPlan plan = plans.get(a.id());
                if (plan == null || plan.postsPerWeek() == null) {
                    continue;
                }
                int planned = counts.getOrDefault(a.id(), Map.of()).getOrDefault(week, 0);
                if (planned < plan.postsPerWeek()) {
                    gaps.add(new CadenceGap(a.id(), a.clientId(), a.channel().displayName() + " \u00b7 " + a.handle(), week, planned,
                            plan.postsPerWeek()));
                }
            }
        }
        return List.copyOf(gaps);
    }
}
