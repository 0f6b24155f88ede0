package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.ContentType;
import id.warta.domain.Ids;
import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.service.AuditLog;
import id.warta.service.CurrentUser;
import id.warta.service.DraftMerge;
import id.warta.service.PostDraft;
import id.warta.service.PostEditingService;
import id.warta.service.SaveOutcome;
import id.warta.service.ScheduleGuard;
import id.warta.service.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two-desktop save of {@code PostMergeServiceTest} on the team server: two connections to one
 * embedded PostgreSQL database, each with its own signed-in person.
 */
class PostgresMergeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final Instant FRIDAY = Instant.parse("2026-12-04T02:00:00Z");

    PostgresDatabase sariDb;
    PostgresDatabase budiDb;
    PostEditingService sari;
    PostEditingService budi;
    String postId;

    @BeforeEach
    void open() {
        String name = EmbeddedPostgresSupport.newDatabase();
        sariDb = PostgresDatabase.open(EmbeddedPostgresSupport.url(name), EmbeddedPostgresSupport.superuserProperties(),
                EmbeddedPostgresSupport.SCHEMA);
        budiDb = PostgresDatabase.open(EmbeddedPostgresSupport.url(name), EmbeddedPostgresSupport.superuserProperties(),
                EmbeddedPostgresSupport.SCHEMA);
        Transactor tx = sariDb.newTransactor();
        var users = new JdbcUserRepository(sariDb);
        Client client = tx.write(() -> new JdbcClientRepository(sariDb).save(Client.create("Dinas Kominfo", "Kominfo")));
        Account account = tx.write(() -> new JdbcAccountRepository(sariDb).save(Account.create(client.id(),
                Channel.INSTAGRAM, "@kominfo.contoh", "Kominfo", AccountZone.WIB)));
        User sariUser = tx.write(() -> {
            User u = users.save(new User(Ids.newId(), "sari", "Sari Wulandari", EnumSet.of(Role.STAFF), true, 0));
            users.assign(u.id(), client.id());
            return u;
        });
        User budiUser = tx.write(() -> {
            User u = users.save(new User(Ids.newId(), "budi", "Budi Santoso", EnumSet.of(Role.STAFF), true, 0));
            users.assign(u.id(), client.id());
            return u;
        });
        sari = editing(sariDb, sariUser);
        budi = editing(budiDb, budiUser);
        postId = sari.save(new PostDraft(null, 0, client.id(), null, "Layanan KTP keliling", "Isi awal.",
                ContentType.ANNOUNCEMENT, List.of("#KTP"),
                List.of(new PostDraft.TargetLine(account.id(), FRIDAY, "")))).id();
    }

    @AfterEach
    void close() {
        budiDb.close();
        sariDb.close();
    }

    private static PostEditingService editing(Database db, User user) {
        CurrentUser who = new CurrentUser("test");
        who.signIn(user);
        Transactor tx = db.newTransactor();
        var posts = new JdbcPostRepository(db);
        return new PostEditingService(tx, posts, new JdbcSeriesRepository(db), new JdbcAccountRepository(db),
                new JdbcClientRepository(db), new JdbcCampaignRepository(db), new JdbcUserRepository(db),
                new AuditLog(tx, new JdbcAuditRepository(db), who, CLOCK), who, CLOCK, new JdbcPostLinkRepository(db),
                new JdbcPostNoteRepository(db), ScheduleGuard.NONE);
    }

    private static PostDraft with(PostDraft d, String title, String body) {
        return new PostDraft(d.postId(), d.version(), d.clientId(), d.campaignId(), title, body, d.contentType(),
                d.hashtags(), d.targets(), d.media(), d.link(), d.notes());
    }

    @Test
    void disjointEditsMergeAndTheSameFieldConflictsOnPostgres() {
        PostDraft sariBase = sari.open(postId);
        PostDraft budiBase = budi.open(postId);

        assertThat(sari.saveMerging(sariBase, with(sariBase, sariBase.title(), "Isi dari Sari."), null))
                .isInstanceOf(SaveOutcome.Saved.class);
        SaveOutcome merged = budi.saveMerging(budiBase, with(budiBase, "Judul dari Budi", budiBase.body()), null);

        // The server writes session_user as the audit actor: both test connections log in as "postgres";
        // with per-person logins it is that person's login, shown by display name.
        assertThat(merged).isInstanceOfSatisfying(SaveOutcome.Merged.class,
                m -> assertThat(m.other().savedBy()).isEqualTo("postgres"));
        assertThat(sari.open(postId).title()).isEqualTo("Judul dari Budi");
        assertThat(sari.open(postId).body()).isEqualTo("Isi dari Sari.");

        PostDraft sariNow = sari.open(postId);
        PostDraft budiNow = budi.open(postId);
        sari.saveMerging(sariNow, with(sariNow, sariNow.title(), "Isi kedua dari Sari."), null);
        SaveOutcome conflicted = budi.saveMerging(budiNow, with(budiNow, budiNow.title(), "Isi dari Budi."), null);

        assertThat(conflicted).isInstanceOfSatisfying(SaveOutcome.Conflicted.class,
                c -> assertThat(c.merge().conflicts()).extracting(x -> x.key().field())
                        .containsExactly(DraftMerge.Field.BODY));
        assertThat(sari.open(postId).body()).isEqualTo("Isi kedua dari Sari.");
    }
}
