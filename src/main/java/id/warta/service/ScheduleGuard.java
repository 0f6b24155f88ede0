package id.warta.service;

import java.time.Instant;

/**
 * Refuses a publication time that falls in a refusing blackout of its account. Runs inside the
 * caller's transaction, so the check and the save see the same data.
 */
@FunctionalInterface
public interface ScheduleGuard {
    /** A guard that allows every time, for services built without planning rules. */
    ScheduleGuard NONE = (accountId, at) -> { };

    /** @throws ScheduleRefusedException when {@code at} lies in a refusing blackout of the account */
    void requireAllowed(String accountId, Instant at);
}
