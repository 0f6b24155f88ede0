package id.warta.service;

import id.warta.domain.UtmLink;
import java.util.Optional;

/** The link of a post with its UTM parameters (at most one per post). */
public interface PostLinkRepository {
    Optional<UtmLink> of(String postId);

    /** Stores the post's link; an empty link removes it. */
    void save(String postId, UtmLink link);
}
