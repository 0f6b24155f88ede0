package id.warta.service;

import id.warta.domain.WorkflowState;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to export, as a person types it: dates are inclusive days in Asia/Jakarta; names are
 * matched case-insensitively and exactly; {@code null} means "any". Status codes are checked by
 * {@link ExportService}, so a typing slip becomes a message rather than an empty calendar.
 *
 * @param statuses state codes; empty means the default set of {@link #DEFAULT_STATES} plus
 *                 posts cancelled within the last {@link ExportService#CANCELLED_KEPT_DAYS} days
 */
public record ExportFilter(LocalDate from, LocalDate to, String client, String account, String channel,
                           String campaign, List<String> statuses) {

    /** What a calendar subscriber needs by default: everything planned for real, nothing still a draft. */
    public static final Set<WorkflowState> DEFAULT_STATES = EnumSet.of(WorkflowState.IN_REVIEW,
            WorkflowState.APPROVED, WorkflowState.SCHEDULED, WorkflowState.PUBLISHED, WorkflowState.CANCELLED);

    public ExportFilter {
        client = blankToNull(client);
        account = blankToNull(account);
        channel = blankToNull(channel);
        campaign = blankToNull(campaign);
        statuses = statuses == null ? List.of() : statuses.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static ExportFilter everything() {
        return new ExportFilter(null, null, null, null, null, null, List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
