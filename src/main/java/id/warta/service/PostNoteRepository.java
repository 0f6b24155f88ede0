package id.warta.service;

/** The team's internal notes on a post (at most one text per post). */
public interface PostNoteRepository {
    /** The post's notes; empty text when it has none. */
    String of(String postId);

    /** Stores the post's notes; blank text removes them. */
    void save(String postId, String notes);
}
