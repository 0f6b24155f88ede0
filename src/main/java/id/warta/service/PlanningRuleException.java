package id.warta.service;

/** A blackout or account plan that could not be saved; the reason picks {@code planning.error.<code>}. */
public final class PlanningRuleException extends RefusalException {
    public enum Reason {
        NOT_ADMIN("notAdmin"), NO_NAME("noName"), TOO_LONG("tooLong"), ENDS_BEFORE_START("endsBeforeStart"),
        NO_CLIENT("noClient"), NO_ACCOUNTS("noAccounts"), NO_SUCH_BLACKOUT("noSuchBlackout"),
        NO_SUCH_ACCOUNT("noSuchAccount"), BAD_CADENCE("badCadence"), BAD_HOURS("badHours");

        private final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final Reason reason;

    public PlanningRuleException(Reason reason, String... arguments) {
        super(reason.name(), "planning.error." + reason.code, null, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
