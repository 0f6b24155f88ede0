package id.warta.domain;

import java.time.LocalDate;

/** A week (Monday first) in which an account has fewer publications than its target. */
public record CadenceGap(String accountId, String clientId, String accountLabel, LocalDate weekStart, int planned, int target) {
    public int missing() {
        return target - planned;
    }
}
