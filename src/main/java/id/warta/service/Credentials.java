package id.warta.service;

import java.time.Instant;

/** A user's stored password and the state of failed sign-ins. */
public record Credentials(String passwordHash, int failedAttempts, Instant nextAttemptAt, Instant lockedUntil) {
    public static Credentials fresh(String passwordHash) {
        return new Credentials(passwordHash, 0, null, null);
    }
}
