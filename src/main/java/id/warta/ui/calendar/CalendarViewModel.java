package id.warta.ui.calendar;

import id.warta.domain.CalendarEntry;
import id.warta.domain.Post;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.service.PlanningService;
import id.warta.service.WorkflowService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The month on screen and its publications. */
public final class CalendarViewModel {
    private final PlanningService planning;
    private final WorkflowService workflow;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;

    private final ObjectProperty<YearMonth> month;
    private final ObservableList<CalendarEntry> entries = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loadedOnce = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private long generation;

    public CalendarViewModel(PlanningService planning, WorkflowService workflow, BackgroundTasks tasks, Messages messages,
                             Clock clock, ZoneId zone) {
        this.planning = planning;
        this.workflow = workflow;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.month = new SimpleObjectProperty<>(YearMonth.now(clock.withZone(zone)));
    }

    public void load() {
        YearMonth wanted = month.get();
        long ticket = ++generation;
        loading.set(true);
        tasks.submit(() -> planning.month(wanted, zone), (List<CalendarEntry> rows) -> {
            if (ticket != generation) {
                return; // a newer request is on its way; showing this one would flicker back
            }
            entries.setAll(rows);
            loading.set(false);
            problem.set("");
            loadedOnce.set(true);
        }, e -> {
            loading.set(false);
            problem.set(ErrorText.of(e, messages));
            loadedOnce.set(true);
        });
    }

    public void next() {
        month.set(month.get().plusMonths(1));
        load();
    }

    public void previous() {
        month.set(month.get().minusMonths(1));
        load();
    }

    public void today() {
        month.set(YearMonth.from(LocalDate.now(clock.withZone(zone))));
        load();
    }

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
        var startOfToday = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).scheduledAt().isBefore(startOfToday)) {
                return i;
            }
        }
        return -1;
    }

    public ZoneId zone() {
        return zone;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<CalendarEntry> entries() {
        return entries;
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
