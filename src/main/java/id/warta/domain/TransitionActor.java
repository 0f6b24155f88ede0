package id.warta.domain;

/** Who may carry out a workflow transition. */
public enum TransitionActor {
    /** Staff who plan and write (an author acting on their own post). */
    STAFF,
    /** A supervisor or their delegate, never the post's author. */
    REVIEWER,
    /** An administrator (for example reopening a rejected post). */
    ADMIN,
    /** The author of the post or a supervisor. */
    AUTHOR_OR_SUPERVISOR,
    /** Warta itself, when an approved post's text, media or targets change. */
    SYSTEM
}
