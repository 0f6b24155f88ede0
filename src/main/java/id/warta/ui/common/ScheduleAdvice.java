package id.warta.ui.common;

import id.warta.domain.ScheduleIssue;
import id.warta.service.Messages;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sentences a user reads about a publication time: a blackout's refusal, its warning, posting hours. */
public final class ScheduleAdvice {
    private ScheduleAdvice() {
    }

    public static String text(ScheduleIssue issue, Messages messages) {
        String key = switch (issue.kind()) {
            case BLACKOUT_REFUSED -> "planning.issue.refused";
            case BLACKOUT_WARNING -> "planning.issue.warning";
            case OUTSIDE_HOURS -> "planning.issue.hours";
        };
        return messages.format(key, issue.accountLabel(), issue.name(), issue.detail()).strip();
    }

    /** One line per issue. */
    public static String text(List<ScheduleIssue> issues, Messages messages) {
        return issues.stream().map(i -> text(i, messages)).collect(Collectors.joining("\n"));
    }

    public static Optional<ScheduleIssue> refusal(List<ScheduleIssue> issues) {
        return issues.stream().filter(ScheduleIssue::refuses).findFirst();
    }
}
