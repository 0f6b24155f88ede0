package id.warta.persistence;

import id.warta.service.PostNoteRepository;

public final class JdbcPostNoteRepository implements PostNoteRepository {
    private final Jdbc jdbc;

    public JdbcPostNoteRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public String of(String postId) {
        return jdbc.queryOne("SELECT body FROM post_note WHERE post_id = ?", st -> st.setString(1, postId),
                rs -> rs.getString(1)).orElse("");
    }

    @Override
    public void save(String postId, String notes) {
        if (notes == null || notes.isBlank()) {
            jdbc.update("DELETE FROM post_note WHERE post_id = ?", st -> st.setString(1, postId));
            return;
        }
        jdbc.update("INSERT INTO post_note(post_id, body) VALUES (?, ?) ON CONFLICT (post_id) DO UPDATE SET body = excluded.body",
                st -> {
                    st.setString(1, postId);
                    st.setString(2, notes);
                });
    }
}
