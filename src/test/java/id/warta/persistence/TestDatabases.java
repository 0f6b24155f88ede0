package id.warta.persistence;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.ContentType;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import java.time.Instant;
import java.util.List;

/** Small fixtures for repository tests. */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static Post post(String clientId, String title, WorkflowState state, Instant at) {
        return new Post(Ids.newId(), clientId, null, title, "Isi " + title, ContentType.EDUCATIONAL, state,
                List.of("#Sehat"), List.of(), null, at, at, 0);
    }

    /** One client with one Instagram account; returns {clientId, accountId}. */
    public static String[] clientWithAccount(Database db) {
        var tx = db.newTransactor();
        Client c = Client.create("Dinas Kesehatan Contoh " + Ids.newId().substring(0, 6), "Dinkes");
        Account a = Account.create(c.id(), Channel.INSTAGRAM, "@dinkes_contoh", null, AccountZone.WIB);
        tx.writeRun(() -> {
            new JdbcClientRepository(db).save(c);
            new JdbcAccountRepository(db).save(a);
        });
        return new String[] {c.id(), a.id()};
    }

    public static void addPost(Database db, String clientId, String accountId, String title, Instant at) {
        var repo = new JdbcPostRepository(db);
        db.newTransactor().writeRun(() -> {
            Post p = repo.save(post(clientId, title, WorkflowState.DRAFT, at));
            repo.saveTarget(PostTarget.create(p.id(), accountId, at));
        });
    }
}
