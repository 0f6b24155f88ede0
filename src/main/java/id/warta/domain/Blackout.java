package id.warta.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A period set by an administrator during which scheduling on some accounts is refused or warned:
 * an election quiet period, a period of mourning, a disaster. It runs from {@code start}
 * (inclusive) to {@code end} (exclusive), so two back-to-back periods never overlap.
 */
public record Blackout(String id, String name, String reason, Instant start, Instant end, BlackoutScope scope,
                       String clientId, Set<String> accountIds, BlackoutMode mode, long version) {
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_REASON_LENGTH = 500;

    public Blackout {
        Objects.requireNonNull(id, "id");
        Texts.requireNonBlank(name, "name");
        name = name.strip();
        reason = reason == null ? "" : reason.strip();
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(mode, "mode");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A blackout must end after it starts");
        }
        if (scope == BlackoutScope.CLIENT && (clientId == null || clientId.isBlank())) {
            throw new IllegalArgumentException("A client blackout needs its client");
        }
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
        if (scope == BlackoutScope.ACCOUNTS && accountIds.isEmpty()) {
            throw new IllegalArgumentException("An account blackout needs at least one account");
        }
        if (scope != BlackoutScope.CLIENT) {
            clientId = null;
        }
        if (scope != BlackoutScope.ACCOUNTS) {
            accountIds = Set.of();
        }
    }

    public static Blackout create(String name, String reason, Instant start, Instant end, BlackoutScope scope,
                                  String clientId, Set<String> accountIds, BlackoutMode mode) {
        return new Blackout(Ids.newId(), name, reason, start, end, scope, clientId, accountIds, mode, 0);
    }

    /** True when the period covers this account (of this client). */
    public boolean appliesTo(String accountId, String accountClientId) {
        return switch (scope) {
            case ALL -> true;
            case CLIENT -> clientId.equals(accountClientId);
            case ACCOUNTS -> accountIds.contains(accountId);
        };
    }

    /** True when {@code at} lies in the period: from the start (inclusive) to the end (exclusive). */
    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    public boolean blocks(Account account, Instant at) {
        return covers(at) && appliesTo(account.id(), account.clientId());
    }

    /** True when the period overlaps {@code from} (inclusive) to {@code to} (exclusive). */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }

    public Blackout withVersion(long newVersion) {
        return new Blackout(id, name, reason, start, end, scope, clientId, accountIds, mode, newVersion);
    }
}
