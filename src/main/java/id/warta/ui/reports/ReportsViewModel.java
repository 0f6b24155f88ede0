package id.warta.ui.reports;

import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.service.PlanningService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Posts per workflow state over the whole database; the reports issue adds periods and charts. */
public final class ReportsViewModel {
    private final PlanningService planning;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableMap<WorkflowState, Long> byState = FXCollections.observableMap(new EnumMap<>(WorkflowState.class));
    private final StringProperty problem = new SimpleStringProperty("");

    public ReportsViewModel(PlanningService planning, BackgroundTasks tasks, Messages messages) {
        this.planning = planning;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void load() {
        tasks.submit(planning::countByState, (Map<WorkflowState, Long> counts) -> {
            byState.clear();
            byState.putAll(counts);
            problem.set("");
        }, e -> problem.set(ErrorText.of(e, messages)));
    }

    public ObservableMap<WorkflowState, Long> byState() {
        return byState;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
