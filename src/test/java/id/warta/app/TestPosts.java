package id.warta.app;

import id.warta.domain.Post;
import id.warta.persistence.JdbcPostRepository;

/** Rewrites a demo post's body for tests that need a post with a given text. */
final class TestPosts {
    private TestPosts() {
    }

    static String rewrite(SqliteWorkspace ws, String postId, String body) {
        // Through the repository of the same database; the service layer gets an editing use case later.
        var repo = new JdbcPostRepository(ws.database());
        ws.transactor().writeRun(() -> {
            Post p = repo.findById(postId).orElseThrow();
            repo.save(new Post(p.id(), p.clientId(), p.campaignId(), p.title(), body, p.contentType(), p.state(),
                    p.hashtags(), p.media(), p.authorId(), p.createdAt(), p.updatedAt(), p.version()));
        });
        return postId;
    }
}
