package id.warta.service;

import id.warta.domain.PermissionDenied;

/** A workflow action that was refused; nothing was changed. */
public final class WorkflowException extends RefusalException {
    public enum Reason {
        DENIED(""), NOT_SIGNED_IN("notSignedIn"), NO_SUCH_POST("noSuchPost"), CHECKLIST_INCOMPLETE("checklistIncomplete"),
        CHECKLIST_UNEXPLAINED("checklistUnexplained"), OPEN_BLOCKS("openBlocks"), REASON_REQUIRED("reasonRequired"),
        LIVE_URL_REQUIRED("liveUrlRequired"), LIVE_URL_INVALID("liveUrlInvalid"), NO_TARGETS("noTargets"),
        NO_SUCH_FINDING("noSuchFinding"), NOT_ADMIN("notAdmin"),
        PAST_TIME("pastTime");

        private final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;

    public WorkflowException(Reason reason, String... arguments) {
        super(reason.name(), "workflow.error." + reason.code, null, arguments);
        this.reason = reason;
    }

    private WorkflowException(PermissionDenied denied) {
        super("DENIED " + denied.name(), denied.messageKey(), null);
        this.reason = Reason.DENIED;
    }

    public static WorkflowException denied(PermissionDenied why) {
        return new WorkflowException(why);
    }

    public Reason reason() {
        return reason;
    }
}
