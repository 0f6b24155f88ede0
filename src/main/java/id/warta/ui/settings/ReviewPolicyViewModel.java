package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.service.WorkflowService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The office's review policy an administrator sets: whether one-person offices may approve their own posts. */
public final class ReviewPolicyViewModel {
    private final WorkflowService workflow;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final BooleanProperty selfApproval = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private boolean loading;

    public ReviewPolicyViewModel(WorkflowService workflow, BackgroundTasks tasks, Messages messages) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.messages = messages;
        selfApproval.addListener((o, a, b) -> {
            if (!loading) {
                save(b);
            }
        });
    }

    public void load() {
        tasks.submit(workflow::selfApprovalAllowed, this::show, e -> message.set(ErrorText.of(e, messages)));
    }

    private void save(boolean allowed) {
        tasks.submit(() -> {
            workflow.setSelfApprovalAllowed(allowed);
            return allowed;
        }, saved -> message.set(messages.get(saved ? "policy.selfApproval.on" : "policy.selfApproval.off")), e -> {
            message.set(ErrorText.of(e, messages));
            load();
        });
    }

    private void show(boolean allowed) {
        loading = true;
        selfApproval.set(allowed);
        loading = false;
    }

    public BooleanProperty selfApprovalProperty() {
        return selfApproval;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
