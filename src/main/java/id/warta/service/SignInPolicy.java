package id.warta.service;

import java.time.Duration;
import java.time.Instant;

/**
 * Repeated failed sign-ins slow down, then lock the account for a while: two free tries, then
 * waits of 2, 4, 8, 16 and 32 seconds, and after the eighth failure a 15-minute lock.
 */
public final class SignInPolicy {
    static final int FREE_TRIES = 2;
    static final int LOCK_AFTER = 8;
    static final Duration LOCK = Duration.ofMinutes(15);

    private SignInPolicy() {
    }

    static Credentials afterFailure(Credentials c, Instant now) {
        int failures = c.failedAttempts() + 1;
        if (failures >= LOCK_AFTER) {
            return new Credentials(c.passwordHash(), 0, null, now.plus(LOCK));
        }
        Instant next = failures <= FREE_TRIES ? null : now.plusSeconds(1L << (failures - FREE_TRIES));
        return new Credentials(c.passwordHash(), failures, next, null);
    }

    static Credentials afterSuccess(Credentials c) {
        return new Credentials(c.passwordHash(), 0, null, null);
    }
}
