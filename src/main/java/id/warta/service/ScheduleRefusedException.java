package id.warta.service;

/**
 * A publication time inside a refusing blackout on its account; nothing was saved. The message
 * names the account, the period and its reason.
 */
public final class ScheduleRefusedException extends RefusalException {
    public ScheduleRefusedException(String accountLabel, String blackoutName, String reason) {
        super("BLACKOUT", "planning.error.blackout", null, accountLabel, blackoutName, reason);
    }
}
