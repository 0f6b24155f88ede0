package id.warta.domain;

/** A repeat rule Warta refuses: it must end, end after it starts, and stay within a year's worth of dates. */
public final class RecurrenceException extends IllegalArgumentException {
    public enum Problem {
        /** No end date: an endless series would fill the calendar and every subscriber's forever. */
        NO_END("noEnd"),
        /** The end date lies before the first publication. */
        END_BEFORE_START("endBeforeStart"),
        /** More dates than {@link RecurrenceRule#MAX_OCCURRENCES}. */
        TOO_MANY("tooMany"),
        /** Every 0 weeks, or every 100. */
        BAD_INTERVAL("badInterval");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Problem problem;

    public RecurrenceException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
