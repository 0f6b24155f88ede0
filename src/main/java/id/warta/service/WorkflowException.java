package id.warta.service;

import id.warta.domain.PermissionDenied;
import java.util.List;

/** A workflow action that was refused; nothing was changed. */
public final class WorkflowException extends RuntimeException implements UserFacingException {
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
    private final String messageKey;
    private final List<String> arguments;

    public WorkflowException(Reason reason, String... arguments) {
        super(reason.name() + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.reason = reason;
        this.messageKey = "workflow.error." + reason.code;
        this.arguments = List.of(arguments);
    }

    private WorkflowException(PermissionDenied denied) {
        super("DENIED " + denied.name());
        this.reason = Reason.DENIED;
        this.messageKey = denied.messageKey();
        this.arguments = List.of();
    }

    public static WorkflowException denied(PermissionDenied why) {
        return new WorkflowException(why);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
