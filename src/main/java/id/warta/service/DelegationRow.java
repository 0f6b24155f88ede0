package id.warta.service;

import id.warta.domain.Delegation;

/** A delegation with the names a screen shows, and where it stands today. */
public record DelegationRow(Delegation delegation, String fromName, String toName, String clientName, Status status) {
    public enum Status {
        UPCOMING, ACTIVE, ENDED, REVOKED
    }

    /** Upcoming and active delegations can still be revoked. */
    public boolean current() {
        return status == Status.UPCOMING || status == Status.ACTIVE;
    }
}
