package id.warta.ui.review;

import id.warta.domain.CalendarEntry;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.service.PlanningService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Publications awaiting review, soonest first; the review workflow issue adds the decisions. */
public final class ReviewViewModel {
    /** How far back and ahead the queue looks; posts outside are not urgent enough for this list. */
    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 120;

    private final PlanningService planning;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<CalendarEntry> queue = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");

    public ReviewViewModel(PlanningService planning, BackgroundTasks tasks, Messages messages, Clock clock, ZoneId zone) {
        this.planning = planning;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        tasks.submit(() -> planning.between(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD), zone).stream()
                        .filter(e -> e.state() == WorkflowState.IN_REVIEW).toList(),
                rows -> {
                    queue.setAll(rows);
                    problem.set("");
                }, e -> problem.set(ErrorText.of(e, messages)));
    }

    public ObservableList<CalendarEntry> queue() {
        return queue;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
