package id.warta.service;

/** A blackout or account plan that could not be saved; the reason names its message key. */
public final class PlanningRuleException extends RefusalException {
    public enum Reason {
        NOT_ADMIN("planning.error.notAdmin"),
        NO_NAME("planning.error.noName"),
        TOO_LONG("planning.error.tooLong"),
        ENDS_BEFORE_START("planning.error.endsBeforeStart"),
        NO_CLIENT("planning.error.noClient"),
        NO_ACCOUNTS("planning.error.noAccounts"),
        NO_SUCH_BLACKOUT("planning.error.noSuchBlackout"),
        NO_SUCH_ACCOUNT("planning.error.noSuchAccount"),
        BAD_CADENCE("planning.error.badCadence"),
        BAD_HOURS("planning.error.badHours");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    public PlanningRuleException(Reason reason, String... arguments) {
        super(reason.name(), reason.key, null, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
