package id.warta.domain;

/** What a blackout does to scheduling on the accounts it covers. */
public enum BlackoutMode {
    /** Scheduling is refused (for example the election quiet period). */
    REFUSE,
    /** Scheduling is allowed after the user confirms a warning (for example a period of mourning). */
    WARN
}
