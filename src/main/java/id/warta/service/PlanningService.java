package id.warta.service;

import id.warta.domain.CalendarEntry;
import id.warta.domain.WorkflowState;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Read side of planning used by the shell and the calendar. */
public final class PlanningService {
    private final Transactor tx;
    private final ClientRepository clients;
    private final AccountRepository accounts;
    private final PostRepository posts;

    public PlanningService(Transactor tx, ClientRepository clients, AccountRepository accounts, PostRepository posts) {
        this.tx = tx;
        this.clients = clients;
        this.accounts = accounts;
        this.posts = posts;
    }

    /** Every publication in a calendar month, the month's days taken in {@code zone}. */
    public List<CalendarEntry> month(YearMonth month, ZoneId zone) {
        return between(month.atDay(1), month.atEndOfMonth(), zone);
    }

    /** Every publication from the start of {@code first} to the end of {@code last} (inclusive) in {@code zone}. */
    public List<CalendarEntry> between(LocalDate first, LocalDate last, ZoneId zone) {
        var from = first.atStartOfDay(zone).toInstant();
        var to = last.plusDays(1).atStartOfDay(zone).toInstant();
        return tx.read(() -> posts.calendarEntries(from, to));
    }

    public WorkspaceCounts counts() {
        return tx.read(() -> new WorkspaceCounts(clients.count(), accounts.count(), posts.count()));
    }

    public Map<WorkflowState, Long> countByState() {
        return tx.read(posts::countByState);
    }

    public boolean isEmpty() {
        return tx.read(() -> clients.count() == 0 && posts.count() == 0);
    }

    /** Every client, for the calendar's filters. */
    public List<id.warta.domain.Client> clients() {
        return tx.read(clients::findAll);
    }

    /** Every account, for the calendar's filters. */
    public List<id.warta.domain.Account> accounts() {
        return tx.read(accounts::findAll);
    }
}
