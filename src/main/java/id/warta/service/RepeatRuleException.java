package id.warta.service;

import id.warta.domain.RecurrenceException;
import id.warta.domain.RecurrenceRule;

/** A repeat rule the editor cannot save (no end, an end before the start, too many dates); nothing was saved. */
public final class RepeatRuleException extends RefusalException {
    private final RecurrenceException.Problem problem;

    public RepeatRuleException(RecurrenceException cause) {
        super(cause.problem().name(), messageKeyOf(cause.problem()), cause,
                String.valueOf(RecurrenceRule.MAX_OCCURRENCES), String.valueOf(RecurrenceRule.MAX_INTERVAL));
        this.problem = cause.problem();
    }

    public RecurrenceException.Problem problem() {
        return problem;
    }

    /** The bundle key of a problem; the message may use {0} (most dates) and {1} (largest interval). */
    public static String messageKeyOf(RecurrenceException.Problem problem) {
        return switch (problem) {
            case NO_END -> "repeat.error.noEnd";
            case END_BEFORE_START -> "repeat.error.endBeforeStart";
            case TOO_MANY -> "repeat.error.tooMany";
            case BAD_INTERVAL -> "repeat.error.badInterval";
        };
    }
}
