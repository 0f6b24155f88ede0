package id.warta.ui.shell;

import id.warta.service.DemoDataService;
import id.warta.service.DemoRefusedException;
import id.warta.service.DemoSummary;
import id.warta.service.Messages;
import id.warta.service.PlanningService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** On an empty database: offer the demo or an empty start, never a blank window without a hint. */
public final class FirstStartViewModel {
    private final PlanningService planning;
    private final DemoDataService demo;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Runnable afterChange;
    private final BooleanProperty offer = new SimpleBooleanProperty();
    private final BooleanProperty demoLoaded = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");

    public FirstStartViewModel(PlanningService planning, DemoDataService demo, BackgroundTasks tasks, Messages messages,
                               Runnable afterChange) {
        this.planning = planning;
        this.demo = demo;
        this.tasks = tasks;
        this.messages = messages;
        this.afterChange = afterChange;
    }

    private record Status(boolean empty, boolean demo) {
    }

    /** Looks at the database; sets {@link #offerProperty()} when it is empty. */
    public void check() {
        tasks.submit(() -> new Status(planning.isEmpty(), demo.isDemo()), s -> {
            demoLoaded.set(s.demo());
            offer.set(s.empty());
        }, e -> problem.set(ErrorText.of(e, messages)));
    }

    public void loadDemo() {
        offer.set(false);
        tasks.submit(demo::load, (DemoSummary s) -> {
            demoLoaded.set(true);
            afterChange.run();
        }, e -> problem.set(e instanceof DemoRefusedException refused
                ? messages.format("firstStart.demo.refused", refused.existingPosts())
                : ErrorText.of(e, messages)));
    }

    public void startEmpty() {
        offer.set(false);
    }

    public BooleanProperty offerProperty() {
        return offer;
    }

    public BooleanProperty demoLoadedProperty() {
        return demoLoaded;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
