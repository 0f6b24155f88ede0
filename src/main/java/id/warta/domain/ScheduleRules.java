package id.warta.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks one publication time of one account against the blackouts and the account's posting hours. */
public final class ScheduleRules {
    private ScheduleRules() {
    }

    /** Refusals first, then warnings; empty when the time is fine. */
    public static List<ScheduleIssue> check(Account account, Instant at, Collection<Blackout> blackouts,
                                            AccountPlan plan) {
        List<ScheduleIssue> refusals = new ArrayList<>();
        List<ScheduleIssue> warnings = new ArrayList<>();
        String label = account.channel().displayName() + " \u00b7 " + account.handle();
        for (Blackout b : blackouts) {
            if (b.blocks(account, at)) {
                boolean refuse = b.mode() == BlackoutMode.REFUSE;
                (refuse ? refusals : warnings).add(new ScheduleIssue(refuse ? ScheduleIssue.Kind.BLACKOUT_REFUSED
                        : ScheduleIssue.Kind.BLACKOUT_WARNING, label, b.name(), b.reason()));
            }
        }
        if (plan != null && plan.hours() != null && !plan.hours().allows(at, account.zone())) {
            warnings.add(new ScheduleIssue(ScheduleIssue.Kind.OUTSIDE_HOURS, label, account.zone().name(),
                    plan.hours().text() + " " + account.zone().name()));
        }
        refusals.addAll(warnings);
        return List.copyOf(refusals);
    }
}
