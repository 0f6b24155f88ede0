package id.warta.ui.settings;

import id.warta.service.CaldavPublishService;
import id.warta.service.CaldavTarget;
import id.warta.service.ExportFilter;
import id.warta.service.Messages;
import id.warta.service.PublishResult;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Publishing to a CalDAV collection from the settings: the address is remembered in the database,
 * the user name and password only in these fields, for as long as the window is open.
 */
public final class CaldavViewModel {
    private final CaldavPublishService caldav;
    private final BackgroundTasks tasks;
    private final Executor fxThread;
    private final Messages messages;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();

    /** @param fxThread where progress reported from the background is applied (Platform::runLater) */
    public CaldavViewModel(CaldavPublishService caldav, BackgroundTasks tasks, Executor fxThread, Messages messages) {
        this.caldav = caldav;
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.messages = messages;
    }

    public void load() {
        tasks.submit(caldav::savedUrl, saved -> saved.ifPresent(url::set), e -> fail(e));
    }

    public void publishNow() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set(false);
        progress.set(-1);
        message.set(messages.get("caldav.publishing"));
        String address = url.get();
        String user = username.get();
        String secret = password.get();
        tasks.submit(() -> {
            CaldavTarget target = CaldavTarget.of(address, user, secret);
            PublishResult result = caldav.publish(ExportFilter.everything(), "Warta", target, messages,
                    (done, total) -> fxThread.execute(() -> progress.set(total == 0 ? 1 : (double) done / total)));
            caldav.saveUrl(address);
            return result;
        }, result -> {
            busy.set(false);
            progress.set(1);
            message.set(messages.format("caldav.result", result.created(), result.updated(), result.deleted(),
                    result.unchanged()));
        }, this::fail);
    }

    private void fail(Throwable e) {
        busy.set(false);
        progress.set(0);
        problem.set(true);
        message.set(ErrorText.of(e, messages));
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty problemProperty() {
        return problem;
    }
}
