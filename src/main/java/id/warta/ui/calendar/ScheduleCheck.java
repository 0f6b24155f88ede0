package id.warta.ui.calendar;

import id.warta.domain.ScheduleIssue;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the calendar asks before a move: the issues of a time on an account (read off the FX
 * thread), and how to ask the user to go on despite a warning.
 */
public interface ScheduleCheck {
    /** Refusals and warnings for {@code at} on the account; runs on a background thread. */
    List<ScheduleIssue> issues(String accountId, Instant at);

    /** Shows the warning and answers true to go on, false to leave the post where it was (on the FX thread). */
    void confirm(String title, String warning, Consumer<Boolean> answer);
}
