package id.warta.service;

import java.util.List;
import java.util.Optional;

public interface FeedRepository {
    void insert(Feed feed);

    /** Marks a feed revoked; returns false when there is no such feed. */
    boolean revoke(String id, java.time.Instant at);

    Optional<Feed> findByToken(String token);

    List<Feed> findAll();
}
