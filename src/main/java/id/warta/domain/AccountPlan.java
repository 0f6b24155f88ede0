package id.warta.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An account's planning rules: its posting hours (none: any time) and its target cadence in
 * posts per week (none: no target).
 */
public record AccountPlan(String accountId, PostingHours hours, Integer postsPerWeek) {
    public static final int MAX_POSTS_PER_WEEK = 100;

    public AccountPlan {
        Objects.requireNonNull(accountId, "accountId");
        if (postsPerWeek != null && (postsPerWeek < 1 || postsPerWeek > MAX_POSTS_PER_WEEK)) {
            throw new IllegalArgumentException("posts per week out of range: " + postsPerWeek);
        }
    }

    public static AccountPlan none(String accountId) {
        return new AccountPlan(accountId, null, null);
    }

    public Optional<PostingHours> postingHours() {
        return Optional.ofNullable(hours);
    }

    public Optional<Integer> cadence() {
        return Optional.ofNullable(postsPerWeek);
    }

    public boolean isEmpty() {
        return hours == null && postsPerWeek == null;
    }
}
