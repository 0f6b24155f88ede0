package id.warta.service;

/** The iCalendar STATUS of an exported publication. */
public enum EventStatus {
    /** Not approved yet: the time may still change or the post may not appear. */
    TENTATIVE,
    /** Approved, scheduled or published. */
    CONFIRMED,
    /** Cancelled or rejected: calendar clients remove or strike it. */
    CANCELLED
}
