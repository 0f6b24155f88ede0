package id.warta.domain;

/** Which accounts a blackout covers. */
public enum BlackoutScope {
    /** Every account of every client. */
    ALL,
    /** Every account of one client. */
    CLIENT,
    /** The accounts listed. */
    ACCOUNTS
}
