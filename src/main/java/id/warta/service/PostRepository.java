package id.warta.service;

import id.warta.domain.CalendarEntry;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.WorkflowState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface PostRepository {
    /** Inserts a post with version 0, or updates one whose version still matches; returns the saved row. */
    Post save(Post post);

    PostTarget saveTarget(PostTarget target);

    PostVariant saveVariant(PostVariant variant);

    /** Removes a publication the author took off the post in the editor. */
    void deleteTarget(String targetId);

    void deleteVariant(String variantId);

    Optional<Post> findById(String id);

    List<PostTarget> targetsOf(String postId);

    List<PostVariant> variantsOf(String postId);

    /** Publications scheduled in {@code [from, to)}, ordered by time. */
    List<CalendarEntry> calendarEntries(Instant from, Instant to);

    /** Ids of the posts in a state, oldest first. */
    List<String> idsInState(WorkflowState state);

    long count();

    Map<WorkflowState, Long> countByState();

    /** A publication of a recurring post was moved by hand: the rule leaves it where it is from now on. */
    void detachFromSeries(String targetId);
}
