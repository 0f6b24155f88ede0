package id.warta.service;

import java.util.List;

public interface CommentRepository {
    void add(Comment comment);

    /** Oldest first; reviewer-only notes only when asked for. */
    List<Comment> of(String postId, boolean includeReviewerOnly);
}
