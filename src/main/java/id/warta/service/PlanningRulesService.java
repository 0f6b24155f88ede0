package id.warta.service;

import id.warta.domain.Account;
import id.warta.domain.AccountPlan;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutScope;
import id.warta.domain.Cadence;
import id.warta.domain.CadenceGap;
import id.warta.domain.CalendarEntry;
import id.warta.domain.PostingHours;
import id.warta.domain.Role;
import id.warta.domain.ScheduleIssue;
import id.warta.domain.ScheduleRules;
import id.warta.domain.User;
import id.warta.service.PlanningRuleException.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Planning rules an administrator sets: blackout periods (refuse or warn) and, per account, posting
 * hours and a target cadence. Changes are audited. {@link #requireAllowed} is the service-layer
 * guard the workflow and the editor call inside their transactions; {@link #check} gives the
 * warnings screens show before a move.
 */
public final class PlanningRulesService implements ScheduleGuard {
    private final Transactor tx;
    private final BlackoutRepository blackouts;
    private final AccountPlanRepository plans;
    private final AccountRepository accounts;
    private final PostRepository posts;
    private final UserRepository users;
    private final CurrentUser current;
    private final AuditLog audit;

    public PlanningRulesService(Transactor tx, BlackoutRepository blackouts, AccountPlanRepository plans,
                                AccountRepository accounts, PostRepository posts, UserRepository users,
                                CurrentUser current, AuditLog audit) {
        this.tx = tx;
        this.blackouts = blackouts;
        this.plans = plans;
        this.accounts = accounts;
        this.posts = posts;
        this.users = users;
        this.current = current;
        this.audit = audit;
    }

    // ---- checks ----------------------------------------------------------------------------------

    /** Refusals and warnings for one publication time of one account; empty when it is fine. */
    public List<ScheduleIssue> check(String accountId, Instant at) {
        return tx.read(() -> checkInside(accountId, at));
    }

    private List<ScheduleIssue> checkInside(String accountId, Instant at) {
        Account account = accounts.findById(accountId).orElse(null);
        if (account == null || at == null) {
            return List.of();
        }
        return ScheduleRules.check(account, at, blackouts.overlapping(at, at.plusMillis(1)),
                plans.find(accountId).orElse(null));
    }

    @Override
    public void requireAllowed(String accountId, Instant at) {
        tx.read(() -> {
            for (ScheduleIssue issue : checkInside(accountId, at)) {
                if (issue.refuses()) {
                    throw new ScheduleRefusedException(issue.accountLabel(), issue.name(), issue.detail());
                }
            }
            return null;
        });
    }

    // ---- blackouts -------------------------------------------------------------------------------

    public List<Blackout> blackouts() {
        return tx.read(blackouts::findAll);
    }

    /** Blackouts touching the days {@code first}..{@code last} in {@code zone}, as calendar overlay events. */
    public List<OverlayEvent> blackoutEvents(LocalDate first, LocalDate last, ZoneId zone) {
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        return tx.read(() -> blackouts.overlapping(from, to)).stream().map(b -> asEvent(b, zone)).toList();
    }

    /** The uid of a blackout's overlay event starts with this, so the calendar draws it as a blackout. */
    public static final String EVENT_PREFIX = "blackout:";

    private static OverlayEvent asEvent(Blackout b, ZoneId zone) {
        ZonedDateTime start = b.start().atZone(zone);
        ZonedDateTime end = b.end().atZone(zone);
        LocalDate lastDay = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? end.toLocalDate().minusDays(1)
                : end.toLocalDate();
        String title = b.reason().isEmpty() ? b.name() : b.name() + ": " + b.reason();
        return new OverlayEvent(EVENT_PREFIX + b.mode().name().toLowerCase(java.util.Locale.ROOT) + ":" + b.id(),
                title, start.toLocalDate(), lastDay.isBefore(start.toLocalDate()) ? start.toLocalDate() : lastDay,
                b.start(), b.end(), b.name());
    }

    /** Creates (version 0) or changes a blackout; administrators only. */
    public Blackout saveBlackout(Blackout draft) {
        requireAdmin();
        if (draft.name().length() > Blackout.MAX_NAME_LENGTH || draft.reason().length() > Blackout.MAX_REASON_LENGTH) {
            throw new PlanningRuleException(Reason.TOO_LONG);
        }
        return tx.write(() -> {
            requireAdminInside();
            if (draft.scope() == BlackoutScope.ACCOUNTS) {
                for (String id : draft.accountIds()) {
                    accounts.findById(id).orElseThrow(() -> new PlanningRuleException(Reason.NO_SUCH_ACCOUNT));
                }
            }
            Blackout before = draft.version() == 0 ? null : blackouts.findById(draft.id())
                    .orElseThrow(() -> new PlanningRuleException(Reason.NO_SUCH_BLACKOUT));
            Blackout saved = blackouts.save(draft);
            audit.record(before == null ? "planningRule.blackoutCreate" : "planningRule.blackoutChange", "blackout",
                    saved.id(), before, saved);
            return saved;
        });
    }

    public void deleteBlackout(String id) {
        requireAdmin();
        tx.writeRun(() -> {
            requireAdminInside();
            Blackout before = blackouts.findById(id)
                    .orElseThrow(() -> new PlanningRuleException(Reason.NO_SUCH_BLACKOUT));
            blackouts.delete(id);
            audit.record("planningRule.blackoutDelete", "blackout", id, before, null);
        });
    }

    // ---- account plans ---------------------------------------------------------------------------

    /** Every account, for the settings table and the calendar's panel. */
    public List<Account> accounts() {
        return tx.read(accounts::findAll);
    }

    /** The plan of each account that has one. */
    public Map<String, AccountPlan> plans() {
        return tx.read(() -> {
            Map<String, AccountPlan> all = new LinkedHashMap<>();
            plans.findAll().forEach(p -> all.put(p.accountId(), p));
            return all;
        });
    }

    /** Sets an account's posting hours and cadence (either may be empty); administrators only. */
    public AccountPlan savePlan(String accountId, PostingHours hours, Integer postsPerWeek) {
        requireAdmin();
        if (postsPerWeek != null && (postsPerWeek < 1 || postsPerWeek > AccountPlan.MAX_POSTS_PER_WEEK)) {
            throw new PlanningRuleException(Reason.BAD_CADENCE, Integer.toString(AccountPlan.MAX_POSTS_PER_WEEK));
        }
        AccountPlan plan = new AccountPlan(accountId, hours, postsPerWeek);
        return tx.write(() -> {
            requireAdminInside();
            accounts.findById(accountId).orElseThrow(() -> new PlanningRuleException(Reason.NO_SUCH_ACCOUNT));
            AccountPlan before = plans.find(accountId).orElse(null);
            if (plan.equals(before) || (before == null && plan.isEmpty())) {
                return plan;
            }
            plans.save(plan);
            audit.record("planningRule.accountPlanChange", "account", accountId, before == null ? null : snapshot(before),
                    snapshot(plan));
            return plan;
        });
    }

    private static Map<String, Object> snapshot(AccountPlan plan) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("hours", plan.hours() == null ? null : plan.hours().text());
        map.put("postsPerWeek", plan.postsPerWeek());
        return map;
    }

    // ---- cadence ---------------------------------------------------------------------------------

    /**
     * Weeks touching {@code first}..{@code last} in which an account with a target has too few
     * publications; whole weeks are counted, also across a month boundary.
     */
    public List<CadenceGap> cadenceGaps(LocalDate first, LocalDate last, ZoneId zone) {
        LocalDate weekStart = Cadence.weekOf(first);
        LocalDate weekEnd = Cadence.weekOf(last).plusDays(7);
        return tx.read(() -> {
            Map<String, AccountPlan> all = new HashMap<>();
            plans.findAll().forEach(p -> all.put(p.accountId(), p));
            if (all.values().stream().noneMatch(p -> p.postsPerWeek() != null)) {
                return List.<CadenceGap>of();
            }
            List<CalendarEntry> entries = posts.calendarEntries(weekStart.atStartOfDay(zone).toInstant(),
                    weekEnd.atStartOfDay(zone).toInstant());
            List<Account> withTarget = new ArrayList<>();
            for (Account a : accounts.findAll()) {
                if (all.containsKey(a.id())) {
                    withTarget.add(a);
                }
            }
            return Cadence.gaps(entries, withTarget, all, first, last, zone);
        });
    }

    // ---- internals -------------------------------------------------------------------------------

    private void requireAdmin() {
        User user = current.user().orElseThrow(() -> new PlanningRuleException(Reason.NOT_ADMIN));
        if (!user.hasRole(Role.ADMIN)) {
            throw new PlanningRuleException(Reason.NOT_ADMIN);
        }
    }

    /** The stored user, so an administrator whose role was just taken away is refused at once. */
    private void requireAdminInside() {
        User user = current.user().orElseThrow(() -> new PlanningRuleException(Reason.NOT_ADMIN));
        User fresh = users.findById(user.id()).orElseThrow(() -> new PlanningRuleException(Reason.NOT_ADMIN));
        if (!fresh.active() || !fresh.hasRole(Role.ADMIN)) {
            throw new PlanningRuleException(Reason.NOT_ADMIN);
        }
    }
}
