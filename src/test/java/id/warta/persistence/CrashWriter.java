package id.warta.persistence;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Child process for {@link CrashSafetyTest}: writes posts as fast as it can and prints each id
 * after its transaction committed, until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        try (SqliteDatabase db = SqliteDatabase.open(Path.of(args[0]), "crash-test")) {
            SqliteTransactor tx = new SqliteTransactor(db);
            var clients = new JdbcClientRepository(db);
            var accounts = new JdbcAccountRepository(db);
            var posts = new JdbcPostRepository(db);
            Client c = Client.create("Klien " + args[1], null);
            Account a = Account.create(c.id(), Channel.FACEBOOK, "@klien" + args[1], null, AccountZone.WIT);
            tx.writeRun(() -> {
                clients.save(c);
                accounts.save(a);
            });
            System.out.println("START");
            System.out.flush();
            for (int i = 0; ; i++) {
                Instant at = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i * 60L);
                Post p = TestDatabases.post(c.id(), "Pos " + i + " " + "isi ".repeat(i % 50), WorkflowState.DRAFT, at);
                tx.writeRun(() -> {
                    posts.save(p);
                    posts.saveTarget(PostTarget.create(p.id(), a.id(), at));
                });
                System.out.println(p.id());
                System.out.flush();
            }
        }
    }
}
