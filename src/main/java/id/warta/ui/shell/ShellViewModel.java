package id.warta.ui.shell;

import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.service.PlanningService;
import id.warta.service.WorkspaceCounts;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.time.Instant;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the main window around the screens: which screen, and what the status bar says. */
public final class ShellViewModel {
    private final PlanningService planning;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.CALENDAR);
    private final StringProperty databasePath = new SimpleStringProperty("");
    private final StringProperty userName = new SimpleStringProperty("");
    private final LongProperty clients = new SimpleLongProperty();
    private final LongProperty accounts = new SimpleLongProperty();
    private final LongProperty posts = new SimpleLongProperty();
    private final LongProperty awaitingReview = new SimpleLongProperty();
    private final ObjectProperty<Instant> lastBackup = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty demo = new SimpleBooleanProperty();

    public ShellViewModel(PlanningService planning, BackgroundTasks tasks, Messages messages, String databasePath,
                          String userName) {
        this.planning = planning;
        this.tasks = tasks;
        this.messages = messages;
        this.databasePath.set(databasePath);
        this.userName.set(userName);
    }

    private record Snapshot(WorkspaceCounts counts, Map<WorkflowState, Long> byState) {
    }

    /** Reloads the status-bar figures. */
    public void refresh() {
        tasks.submit(() -> new Snapshot(planning.counts(), planning.countByState()), s -> {
            clients.set(s.counts().clients());
            accounts.set(s.counts().accounts());
            posts.set(s.counts().posts());
            awaitingReview.set(s.byState().getOrDefault(WorkflowState.IN_REVIEW, 0L));
            problem.set("");
        }, e -> problem.set(ErrorText.of(e, messages)));
    }

    public void show(Screen target) {
        screen.set(target);
    }

    public void reportProblem(String text) {
        problem.set(text);
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public StringProperty databasePathProperty() {
        return databasePath;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public LongProperty clientsProperty() {
        return clients;
    }

    public LongProperty accountsProperty() {
        return accounts;
    }

    public LongProperty postsProperty() {
        return posts;
    }

    public LongProperty awaitingReviewProperty() {
        return awaitingReview;
    }

    public ObjectProperty<Instant> lastBackupProperty() {
        return lastBackup;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }
}
