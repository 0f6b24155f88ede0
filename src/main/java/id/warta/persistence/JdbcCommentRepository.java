package id.warta.persistence;

import id.warta.service.Comment;
import id.warta.service.CommentRepository;
import java.util.List;

public final class JdbcCommentRepository implements CommentRepository {
    private final Jdbc jdbc;

    public JdbcCommentRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void add(Comment c) {
        jdbc.update("INSERT INTO post_comment(id, post_id, author_id, body, reviewer_only, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", st -> {
                    st.setString(1, c.id());
                    st.setString(2, c.postId());
                    st.setString(3, c.authorId());
                    st.setString(4, c.body());
                    st.setBoolean(5, c.reviewerOnly());
                    jdbc.setInstant(st, 6, c.createdAt());
                });
    }

    @Override
    public List<Comment> of(String postId, boolean includeReviewerOnly) {
        return jdbc.query("SELECT id, post_id, author_id, body, reviewer_only, created_at FROM post_comment "
                + "WHERE post_id = ? AND (? OR NOT reviewer_only) ORDER BY created_at, " + jdbc.dialect().insertionOrder(), st -> {
                    st.setString(1, postId);
                    st.setBoolean(2, includeReviewerOnly);
                }, rs -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        jdbc.instant(rs, 6)));
    }
}
