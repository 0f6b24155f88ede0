package id.warta.service;

import id.warta.domain.HashtagGroup;
import java.util.List;
import java.util.Optional;

/** Saved hashtag groups, per client. */
public interface HashtagGroupRepository {
    /** The client's groups by name (ignoring case). */
    List<HashtagGroup> ofClient(String clientId);

    Optional<HashtagGroup> findById(String id);

    /** Inserts a new group (version 0) or updates one whose version matches; returns it with its new version. */
    HashtagGroup save(HashtagGroup group);

    void delete(String id);
}
