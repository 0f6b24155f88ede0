package id.warta.service;

/** A delegation that was refused; nothing was changed. The reason picks {@code delegations.error.<code>}. */
public final class DelegationException extends RefusalException {
    public enum Reason {
        NOT_PERMITTED("notPermitted"), NOT_SIGNED_IN("notSignedIn"), SAME_USER("sameUser"), NO_CLIENTS("noClients"),
        DATES_REVERSED("datesReversed"), ALREADY_ENDED("alreadyEnded"), TOO_LONG("tooLong"),
        NOT_A_SUPERVISOR("notSupervisor"), NOT_ASSIGNED("notAssigned"), TARGET_INACTIVE("targetInactive"),
        NO_SUCH_USER("noSuchUser"), NO_SUCH_DELEGATION("noSuchDelegation"), ALREADY_REVOKED("alreadyRevoked");

        private final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;

    public DelegationException(Reason reason, String... arguments) {
        super(reason.name(), "delegations.error." + reason.code, null, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
