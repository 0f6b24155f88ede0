package id.warta.service;

import id.warta.domain.Account;
import id.warta.domain.Post;
import id.warta.domain.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One post in a reviewer's queue.
 *
 * @param firstPublication the earliest publication time, empty when the post has no target yet
 * @param accounts         the accounts it goes to, in publication order
 * @param verdict          the last check's verdict, empty when it was never checked
 * @param onBehalfOf       the display name of the supervisor whose delegation lets this user review it
 */
public record ReviewItem(Post post, String clientName, Optional<Instant> firstPublication, List<Account> accounts,
                         String authorName, Optional<Verdict> verdict, int blockingFindings,
                         Optional<String> onBehalfOf) {
    public ReviewItem {
        accounts = List.copyOf(accounts);
    }
}
