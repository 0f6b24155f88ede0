package id.warta.ui.calendar;

import id.warta.domain.CalendarEntry;
import id.warta.domain.WorkflowState;

/**
 * The mark a calendar entry carries while its post is still being written or reviewed and its latest
 * ethics check found something: blocking findings first, else advisory ones.
 */
public enum FindingsBadge {
    NONE, BLOCKING, ADVISORY;

    public static FindingsBadge of(CalendarEntry entry) {
        if (entry == null || !stillOpen(entry.state())) {
            return NONE;
        }
        if (entry.blockingFindings() > 0) {
            return BLOCKING;
        }
        return entry.advisoryFindings() > 0 ? ADVISORY : NONE;
    }

    /** The number the badge shows. */
    public static int count(CalendarEntry entry) {
        return switch (of(entry)) {
            case BLOCKING -> entry.blockingFindings();
            case ADVISORY -> entry.advisoryFindings();
            case NONE -> 0;
        };
    }

    /** An approved or finished post has been decided on; its old findings are no news. */
    private static boolean stillOpen(WorkflowState state) {
        return state == WorkflowState.IDEA || state == WorkflowState.DRAFT || state == WorkflowState.IN_REVIEW
                || state == WorkflowState.CHANGES_REQUESTED;
    }

    public String styleClass() {
        return this == BLOCKING ? "findings-badge-blocking" : "findings-badge-advisory";
    }
}
