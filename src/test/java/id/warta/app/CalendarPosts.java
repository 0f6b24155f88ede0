package id.warta.app;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.ContentType;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcPostRepository;
import java.time.Instant;
import java.util.List;

/** Posts on a client's own account, for calendar tests that need more than the fixture's one client. */
public final class CalendarPosts {
    private CalendarPosts() {
    }

    public static Account account(SqliteWorkspace ws, Client client, Channel channel, String handle, AccountZone zone) {
        return ws.transactor().write(() -> new JdbcAccountRepository(ws.database()).save(
                Account.create(client.id(), channel, handle, client.shortName(), zone)));
    }

    public static Post post(SqliteWorkspace ws, Account account, String title, WorkflowState state, Instant at,
                            String authorId, Instant now) {
        var posts = new JdbcPostRepository(ws.database());
        return ws.transactor().write(() -> {
            Post p = posts.save(new Post(Ids.newId(), account.clientId(), null, title, "Isi pos.",
                    ContentType.EDUCATIONAL, state, List.of(), List.of(), authorId, now, now, 0));
            posts.saveTarget(PostTarget.create(p.id(), account.id(), at));
            return p;
        });
    }
}
