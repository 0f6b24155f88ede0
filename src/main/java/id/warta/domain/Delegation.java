package id.warta.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A supervisor's approval rights for one client handed to another user for a period (Plt/Plh).
 * It ends by itself: outside {@code [startsOn, endsOn]} it grants nothing.
 */
public record Delegation(String id, String fromUserId, String toUserId, String clientId, LocalDate startsOn,
                         LocalDate endsOn, boolean revoked) {
    public Delegation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromUserId, "fromUserId");
        Objects.requireNonNull(toUserId, "toUserId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (fromUserId.equals(toUserId)) {
            throw new IllegalArgumentException("A delegation goes to someone else");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A delegation cannot end before it starts");
        }
        if (startsOn.plusYears(1).isBefore(endsOn)) {
            throw new IllegalArgumentException("A delegation lasts at most one year");
        }
    }

    public static Delegation create(String fromUserId, String toUserId, String clientId, LocalDate startsOn,
                                    LocalDate endsOn) {
        return new Delegation(Ids.newId(), fromUserId, toUserId, clientId, startsOn, endsOn, false);
    }

    public boolean isActiveOn(LocalDate day) {
        return !revoked && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
