package id.warta.ui.calendar;

import id.warta.domain.Account;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Client;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.service.PlanningService;
import id.warta.service.WorkflowService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The period on screen (a month, week or day around {@link #dateProperty()}), its publications
 * after the client, account and state filters, and the moves made by dragging, with undo and redo.
 */
public final class CalendarViewModel {
    private final PlanningService planning;
    private final WorkflowService workflow;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;

    private final ObjectProperty<CalendarMode> mode = new SimpleObjectProperty<>(CalendarMode.MONTH);
    private final ObjectProperty<LocalDate> date;
    private final ReadOnlyObjectWrapper<YearMonth> month;
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(ColourBy.CLIENT);
    private final List<CalendarEntry> loaded = new ArrayList<>();
    private final javafx.collections.ObservableList<id.warta.service.OverlayEvent> overlays =
            javafx.collections.FXCollections.observableArrayList();
    private java.util.function.BiFunction<LocalDate, LocalDate, List<id.warta.service.OverlayEvent>> overlaySource;
    private final ObservableList<CalendarEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<CalendarEntry> selected = new SimpleObjectProperty<>();

    private final ObservableList<FilterChoice<String>> clientChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> accountChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<WorkflowState>> stateChoices = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice<String>> clientFilter;
    private final ObjectProperty<FilterChoice<String>> accountFilter;
    private final ObjectProperty<FilterChoice<WorkflowState>> stateFilter;
    private final ObservableList<FilterChoice<String>> campaignChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> authorChoices = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice<String>> campaignFilter;
    private final ObjectProperty<FilterChoice<String>> authorFilter;
    private final Map<String, Client> clientsById = new HashMap<>();
    private final List<Account> allAccounts = new ArrayList<>();

    private final Deque<Move> undo = new ArrayDeque<>();
    private final Deque<Move> redo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loadedOnce = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private long generation;
    private ScheduleCheck scheduleCheck;

    /** A publication moved from one time to another; its reverse is the undo. */
    private record Move(String targetId, String postId, String title, Instant from, Instant to) {
        Move reversed() {
            return new Move(targetId, postId, title, to, from);
        }
    }

    public CalendarViewModel(PlanningService planning, WorkflowService workflow, BackgroundTasks tasks, Messages messages,
                             Clock clock, ZoneId zone) {
        this.planning = planning;
        this.workflow = workflow;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.date = new SimpleObjectProperty<>(LocalDate.now(clock.withZone(zone)));
        this.month = new ReadOnlyObjectWrapper<>(YearMonth.from(date.get()));
        date.addListener((o, a, b) -> month.set(YearMonth.from(b)));
        FilterChoice<String> allClients = new FilterChoice<>(null, messages.get("calendar.filter.allClients"));
        FilterChoice<String> allAccounts = new FilterChoice<>(null, messages.get("calendar.filter.allAccounts"));
        FilterChoice<WorkflowState> allStates = new FilterChoice<>(null, messages.get("calendar.filter.allStates"));
        clientChoices.add(allClients);
        accountChoices.add(allAccounts);
        stateChoices.add(allStates);
        for (WorkflowState s : WorkflowState.values()) {
            stateChoices.add(new FilterChoice<>(s, messages.get(id.warta.ui.common.StateStyles.labelKey(s))));
        }
        clientFilter = new SimpleObjectProperty<>(allClients);
        accountFilter = new SimpleObjectProperty<>(allAccounts);
        stateFilter = new SimpleObjectProperty<>(allStates);
        clientFilter.addListener((o, a, b) -> {
            rebuildAccountChoices();
            refilter();
        });
        accountFilter.addListener((o, a, b) -> refilter());
        stateFilter.addListener((o, a, b) -> refilter());
        FilterChoice<String> allCampaigns = new FilterChoice<>(null, messages.get("calendar.filter.allCampaigns"));
        FilterChoice<String> allAuthors = new FilterChoice<>(null, messages.get("calendar.filter.allAuthors"));
        campaignChoices.add(allCampaigns);
        authorChoices.add(allAuthors);
        campaignFilter = new SimpleObjectProperty<>(allCampaigns);
        authorFilter = new SimpleObjectProperty<>(allAuthors);
        campaignFilter.addListener((o, a, b) -> refilter());
        authorFilter.addListener((o, a, b) -> refilter());
    }

    // ---- period ----------------------------------------------------------------------------------

    /** The first and last day (inclusive) the current mode shows around the chosen date. */
    public LocalDate firstDay() {
        LocalDate d = date.get();
        return switch (mode.get()) {
            case MONTH, AGENDA -> d.withDayOfMonth(1);
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY -> d;
        };
    }

    public LocalDate lastDay() {
        LocalDate d = date.get();
        return switch (mode.get()) {
            case MONTH, AGENDA -> d.with(TemporalAdjusters.lastDayOfMonth());
            case WEEK -> firstDay().plusDays(6);
            case DAY -> d;
        };
    }

    /** Where read-only overlay events for the period come from (holidays, imported calendars); none by default. */
    public void setOverlaySource(
            java.util.function.BiFunction<LocalDate, LocalDate, List<id.warta.service.OverlayEvent>> source) {
        this.overlaySource = source;
    }

    /** The overlay events of the period on screen. */
    public javafx.collections.ObservableList<id.warta.service.OverlayEvent> overlays() {
        return overlays;
    }

    public void load() {
        LocalDate first = firstDay();
        LocalDate last = lastDay();
        if (overlaySource != null) {
            var source = overlaySource;
            // Overlays are a courtesy: a failure leaves the schedule itself on screen and says nothing.
            tasks.submit(() -> source.apply(first, last), overlays::setAll, e -> overlays.clear());
        }
        long ticket = ++generation;
        loading.set(true);
        tasks.submit(() -> new Loaded(planning.between(first, last, zone), planning.clients(), planning.accounts()),
                (Loaded result) -> {
                    if (ticket != generation) {
                        return; // a newer request is on its way; showing this one would flicker back
                    }
                    loaded.clear();
                    loaded.addAll(result.entries());
                    takeChoices(result.clients(), result.accounts());
                    refilter();
                    loading.set(false);
                    problem.set("");
                    loadedOnce.set(true);
                }, e -> {
                    if (ticket == generation) {
                        loading.set(false);
                        problem.set(ErrorText.of(e, messages));
                        loadedOnce.set(true);
                    }
                });
    }

    private record Loaded(List<CalendarEntry> entries, List<Client> clients, List<Account> accounts) {
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        LocalDate d = date.get();
        date.set(switch (mode.get()) {
            case MONTH, AGENDA -> d.plusMonths(direction);
            case WEEK -> d.plusWeeks(direction);
            case DAY -> d.plusDays(direction);
        });
        load();
    }

    public void today() {
        goTo(LocalDate.now(clock.withZone(zone)));
    }

    public void goTo(LocalDate day) {
        if (day == null) {
            return;
        }
        date.set(day);
        load();
    }

    /** Changes the view; the period is reloaded because a week holds fewer days than a month. */
    public void show(CalendarMode newMode) {
        if (newMode == null || newMode == mode.get()) {
            return;
        }
        mode.set(newMode);
        load();
    }

    // ---- filters ---------------------------------------------------------------------------------

    private void takeChoices(List<Client> clients, List<Account> accounts) {
        clientsById.clear();
        clients.forEach(c -> clientsById.put(c.id(), c));
        List<FilterChoice<String>> wanted = new ArrayList<>();
        wanted.add(clientChoices.get(0));
        clients.stream().sorted(Comparator.comparing(Client::name))
                .forEach(c -> wanted.add(new FilterChoice<>(c.id(), c.name())));
        replaceAfterAll(clientChoices, wanted);
        allAccounts.clear();
        allAccounts.addAll(accounts);
        rebuildAccountChoices();
    }

    /** With a client chosen, only its accounts are offered; an account of another client is dropped. */
    private void rebuildAccountChoices() {
        String client = valueOf(clientFilter);
        List<FilterChoice<String>> wanted = new ArrayList<>();
        wanted.add(accountChoices.get(0));
        allAccounts.stream().filter(a -> client == null || client.equals(a.clientId()))
                .sorted(Comparator.comparing((Account a) -> a.channel().displayName()).thenComparing(Account::handle))
                .forEach(a -> wanted.add(new FilterChoice<>(a.id(), a.channel().displayName() + " · " + a.handle())));
        replaceAfterAll(accountChoices, wanted);
        if (!accountChoices.contains(accountFilter.get())) {
            accountFilter.set(accountChoices.get(0));
        }
        rebuildPeriodChoices();
    }

    /** Campaigns and authors of the loaded period (and the chosen client); a choice of another client is dropped. */
    private void rebuildPeriodChoices() {
        String client = valueOf(clientFilter);
        FilterChoice<String> campaign = campaignFilter.get();
        if (campaign != null && !campaign.isAll() && client != null && loaded.stream().anyMatch(
                e -> campaign.value().equals(e.campaignId()) && !client.equals(e.clientId()))) {
            campaignFilter.set(campaignChoices.get(0));
        }
        replaceAfterAll(campaignChoices, PeriodChoices.campaigns(loaded, client, campaignChoices.get(0),
                campaignFilter.get()));
        replaceAfterAll(authorChoices, PeriodChoices.authors(loaded, client, authorChoices.get(0), authorFilter.get()));
    }

    private void refilter() {
        String client = valueOf(clientFilter);
        String account = valueOf(accountFilter);
        WorkflowState state = valueOf(stateFilter);
        String campaign = valueOf(campaignFilter);
        String author = valueOf(authorFilter);
        List<CalendarEntry> visible = loaded.stream()
                .filter(e -> client == null || client.equals(e.clientId()))
                .filter(e -> account == null || account.equals(e.accountId()))
                .filter(e -> state == null || state == e.state())
                .filter(e -> campaign == null || campaign.equals(e.campaignId()))
                .filter(e -> author == null || author.equals(e.authorId()))
                .toList();
        entries.setAll(visible);
        CalendarEntry chosen = selected.get();
        if (chosen != null) {
            // Keep the choice across reloads: the same publication, with its fresh state and version.
            selected.set(visible.stream().filter(e -> e.targetId().equals(chosen.targetId())).findFirst().orElse(null));
        }
    }

    /** Leaves the "all" item in place, so a drop-down showing it keeps it through a reload. */
    private static <T> void replaceAfterAll(ObservableList<T> choices, List<T> wanted) {
        if (!wanted.equals(choices)) {
            choices.remove(1, choices.size());
            choices.addAll(wanted.subList(1, wanted.size()));
        }
    }

    private static <T> T valueOf(ObjectProperty<FilterChoice<T>> filter) {
        FilterChoice<T> choice = filter.get();
        return choice == null ? null : choice.value();
    }

    public String clientName(String clientId) {
        Client c = clientsById.get(clientId);
        return c == null ? "" : c.name();
    }

    /** A stable small number per client (its place in name order), for its colour. */
    public int clientIndex(String clientId) {
        for (int i = 1; i < clientChoices.size(); i++) {
            if (Objects.equals(clientChoices.get(i).value(), clientId)) {
                return i - 1;
            }
        }
        return 0;
    }

    // ---- moves -----------------------------------------------------------------------------------

    /** Published and cancelled posts stay where they were; everything else may be dragged. */
    public boolean canMove(CalendarEntry entry) {
        return entry != null && entry.state() != WorkflowState.PUBLISHED && entry.state() != WorkflowState.CANCELLED;
    }

    /** Moving an approved or scheduled post sends it back to review, so the user confirms first. */
    public boolean needsConfirmation(CalendarEntry entry) {
        return entry.state() == WorkflowState.APPROVED || entry.state() == WorkflowState.SCHEDULED;
    }

    /**
     * Reschedules one publication. A refusal (rights, someone else's move, a past time) leaves the
     * data as it was, says why, and puts the entry back where it was on screen.
     */
    public void move(CalendarEntry entry, Instant newTime) {
        if (entry.scheduledAt().equals(newTime)) {
            return;
        }
        if (!canMove(entry)) {
            refuse(messages.get("calendar.move.locked"));
            return;
        }
        Move move = new Move(entry.targetId(), entry.postId(), entry.title(), entry.scheduledAt(), newTime);
        Runnable go = () -> apply(move, entry.targetVersion(), () -> {
            undo.push(move);
            redo.clear();
        }, "calendar.moved");
        if (scheduleCheck == null) {
            go.run();
            return;
        }
        ScheduleCheck check = scheduleCheck;
        // A blackout refuses with its reason; a warning (a quiet period, posting hours) asks first.
        tasks.submit(() -> check.issues(entry.accountId(), newTime), issues -> {
            var refusal = id.warta.ui.common.ScheduleAdvice.refusal(issues);
            if (refusal.isPresent()) {
                refuse(id.warta.ui.common.ScheduleAdvice.text(refusal.get(), messages));
            } else if (issues.isEmpty()) {
                go.run();
            } else {
                check.confirm(entry.title(), id.warta.ui.common.ScheduleAdvice.text(issues, messages),
                        yes -> {
                            if (yes) {
                                go.run();
                            } else {
                                revert();
                            }
                        });
            }
        }, this::refused);
    }

    /** Blackouts and posting hours checked before a move; none by default (the service still refuses). */
    public void setScheduleCheck(ScheduleCheck check) {
        this.scheduleCheck = check;
    }

    /** Puts the entries back where the data says they are (after a cancelled or refused drag). */
    public void revert() {
        entries.setAll(new ArrayList<>(entries));
    }

    public void undo() {
        Move last = undo.peek();
        if (last == null) {
            return;
        }
        reapply(last.reversed(), () -> {
            undo.pop();
            redo.push(last);
        }, "calendar.undone");
    }

    public void redo() {
        Move last = redo.peek();
        if (last == null) {
            return;
        }
        reapply(last, () -> {
            redo.pop();
            undo.push(last);
        }, "calendar.redone");
    }

    /** Undo and redo read the publication's current version, since a reload may not show it. */
    private void reapply(Move move, Runnable bookkeeping, String doneKey) {
        notice.set("");
        tasks.submit(() -> workflow.reschedule(move.targetId(), move.postId(), currentVersion(move), move.to()),
                (PostTarget saved) -> done(move, bookkeeping, doneKey), this::refused);
    }

    private long currentVersion(Move move) {
        return workflow.detail(move.postId()).targets().stream().filter(t -> t.id().equals(move.targetId()))
                .findFirst().map(PostTarget::version).orElse(-1L);
    }

    private void apply(Move move, long version, Runnable bookkeeping, String doneKey) {
        notice.set("");
        tasks.submit(() -> workflow.reschedule(move.targetId(), move.postId(), version, move.to()),
                (PostTarget saved) -> done(move, bookkeeping, doneKey), this::refused);
    }

    private void done(Move move, Runnable bookkeeping, String doneKey) {
        bookkeeping.run();
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        problem.set("");
        notice.set(messages.format(doneKey, move.title()));
        load();
    }

    private void refused(Throwable e) {
        refuse(ErrorText.of(e, messages));
    }

    private void refuse(String why) {
        notice.set("");
        problem.set(why);
        revert();
    }

    // ---- workflow steps --------------------------------------------------------------------------

    /** The workflow step staff take next on a publication from the calendar. */
    public enum NextStep { SUBMIT, SCHEDULE, PUBLISH, NONE }

    /** One publication of a post as the "mark published" dialog lists it. */
    public record Publication(String targetId, String label) {
    }

    public NextStep nextStep(CalendarEntry entry) {
        if (entry == null) {
            return NextStep.NONE;
        }
        return switch (entry.state()) {
            case DRAFT, CHANGES_REQUESTED -> NextStep.SUBMIT;
            case APPROVED -> NextStep.SCHEDULE;
            case SCHEDULED -> NextStep.PUBLISH;
            default -> NextStep.NONE;
        };
    }

    public boolean canSubmit(CalendarEntry entry) {
        return nextStep(entry) == NextStep.SUBMIT;
    }

    /** Sends the post as it is stored now to review; the service refuses what this user may not do. */
    public void submit(CalendarEntry entry) {
        step(entry, post -> workflow.submit(post.id(), post.version()), "calendar.submitted");
    }

    public void schedule(CalendarEntry entry) {
        step(entry, post -> workflow.markScheduled(post.id(), post.version()), "calendar.scheduled");
    }

    /** The post's publications, for asking the live link of each before marking it published. */
    public void publicationsOf(CalendarEntry entry, java.util.function.Consumer<List<Publication>> show) {
        tasks.submit(() -> {
            var detail = workflow.detail(entry.postId());
            return detail.targets().stream().map(t -> {
                var account = detail.accounts().get(t.accountId());
                String label = account == null ? t.accountId() : account.channel().displayName() + " · " + account.handle();
                return new Publication(t.id(), label);
            }).toList();
        }, show, e -> problem.set(ErrorText.of(e, messages)));
    }

    public void markPublished(CalendarEntry entry, java.util.Map<String, String> liveUrlByTarget) {
        step(entry, post -> workflow.markPublished(post.id(), post.version(), liveUrlByTarget), "calendar.published");
    }

    private void step(CalendarEntry entry, java.util.function.Function<Post, Post> move, String doneKey) {
        notice.set("");
        tasks.submit(() -> move.apply(workflow.detail(entry.postId()).post()), saved -> {
            notice.set(messages.format(doneKey, saved.title()));
            problem.set("");
            load();
        }, e -> problem.set(ErrorText.of(e, messages)));
    }

    /** Approved or scheduled, its time has passed, and nobody has marked it published. */
    public boolean isOverdue(CalendarEntry entry) {
        return (entry.state() == WorkflowState.SCHEDULED || entry.state() == WorkflowState.APPROVED)
                && entry.scheduledAt().isBefore(clock.instant());
    }

    /** Index of the first publication from today on, so the agenda opens at today; -1 when none. */
    public int firstUpcomingIndex() {
        var startOfToday = todayDate().atStartOfDay(zone).toInstant();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).scheduledAt().isBefore(startOfToday)) {
                return i;
            }
        }
        return -1;
    }

    public LocalDate todayDate() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- properties ------------------------------------------------------------------------------

    public ZoneId zone() {
        return zone;
    }

    public ObjectProperty<CalendarMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The month of the chosen date. */
    public ReadOnlyObjectProperty<YearMonth> monthProperty() {
        return month.getReadOnlyProperty();
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    /** The loaded period's publications that pass the filters, in time order. */
    public ObservableList<CalendarEntry> entries() {
        return entries;
    }

    public ObjectProperty<CalendarEntry> selectedProperty() {
        return selected;
    }

    public ObservableList<FilterChoice<String>> clientChoices() {
        return clientChoices;
    }

    public ObservableList<FilterChoice<String>> accountChoices() {
        return accountChoices;
    }

    public ObservableList<FilterChoice<WorkflowState>> stateChoices() {
        return stateChoices;
    }

    public ObjectProperty<FilterChoice<String>> clientFilterProperty() {
        return clientFilter;
    }

    public ObjectProperty<FilterChoice<String>> accountFilterProperty() {
        return accountFilter;
    }

    public ObjectProperty<FilterChoice<WorkflowState>> stateFilterProperty() {
        return stateFilter;
    }

    /** Campaigns with posts in the loaded period (of the chosen client), after "all". */
    public ObservableList<FilterChoice<String>> campaignChoices() {
        return campaignChoices;
    }

    /** Authors of posts in the loaded period (of the chosen client), after "all". */
    public ObservableList<FilterChoice<String>> authorChoices() {
        return authorChoices;
    }

    public ObjectProperty<FilterChoice<String>> campaignFilterProperty() {
        return campaignFilter;
    }

    public ObjectProperty<FilterChoice<String>> authorFilterProperty() {
        return authorFilter;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** True once the first load finished, with data or with a problem; the start-up probe waits for it. */
    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return loadedOnce;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
