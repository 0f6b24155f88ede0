package id.warta.bench;

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
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcPostRepository;
import id.warta.persistence.SqliteDatabase;
import id.warta.persistence.SqliteTransactor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The benchmark data set of DESIGN.md: posts spread evenly over five years, 3 clients, 10 accounts. */
final class BenchData {
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(5 * 365);
    private static final int BATCH = 1_000;

    private BenchData() {
    }

    /** Inserts {@code count} posts, each with one publication, in transactions of 1,000. */
    static void fill(SqliteDatabase db, int count) {
        SqliteTransactor tx = new SqliteTransactor(db);
        JdbcPostRepository posts = new JdbcPostRepository(db);
        List<Account> accounts = accounts(db, tx);
        Random random = new Random(1);
        WorkflowState[] states = WorkflowState.values();
        ContentType[] types = ContentType.values();
        long step = SPAN.toSeconds() / count;
        for (int from = 0; from < count; from += BATCH) {
            int start = from;
            tx.writeRun(() -> {
                for (int i = start; i < Math.min(start + BATCH, count); i++) {
                    Account account = accounts.get(i % accounts.size());
                    Instant at = START.plusSeconds(i * step);
                    Post p = new Post(Ids.newId(), account.clientId(), null, "Pos nomor " + i,
                            "Isi pos nomor " + i + " tentang layanan publik dan informasi kesehatan.",
                            types[random.nextInt(types.length)], states[random.nextInt(states.length)],
                            List.of("#Info"), List.of(), null, at, at, 0);
                    posts.save(p);
                    posts.saveTarget(PostTarget.create(p.id(), account.id(), at));
                }
            });
        }
    }

    private static List<Account> accounts(SqliteDatabase db, SqliteTransactor tx) {
        JdbcClientRepository clients = new JdbcClientRepository(db);
        JdbcAccountRepository accountRepo = new JdbcAccountRepository(db);
        List<Account> result = new ArrayList<>();
        tx.writeRun(() -> {
            Channel[] channels = Channel.values();
            AccountZone[] zones = AccountZone.values();
            List<Client> made = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                made.add(clients.save(Client.create("Klien " + c, null)));
            }
            for (int a = 0; a < 10; a++) {
                result.add(accountRepo.save(Account.create(made.get(a % 3).id(), channels[a], "@akun" + a, null,
                        zones[a % 3])));
            }
        });
        return result;
    }
}
