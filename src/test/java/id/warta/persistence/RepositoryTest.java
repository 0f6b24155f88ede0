package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Campaign;
import id.warta.domain.Channel;
import id.warta.domain.Client;
import id.warta.domain.ContentType;
import id.warta.domain.MediaRef;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.WorkflowState;
import id.warta.service.StaleVersionException;
import id.warta.service.StorageException;
import id.warta.service.Transactor;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {
    @TempDir
    Path dir;
    Database db;
    Transactor tx;
    JdbcClientRepository clients;
    JdbcAccountRepository accounts;
    JdbcCampaignRepository campaigns;
    JdbcPostRepository posts;

    @BeforeEach
    void open() {
        db = openDatabase();
        tx = db.newTransactor();
        clients = new JdbcClientRepository(db);
        accounts = new JdbcAccountRepository(db);
        campaigns = new JdbcCampaignRepository(db);
        posts = new JdbcPostRepository(db);
    }

    /** SQLite in a temp file here; {@link PostgresRepositoryTest} runs every case on PostgreSQL too. */
    Database openDatabase() {
        return SqliteDatabase.open(dir.resolve("warta.db"), "test");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void clientsAreFoundByNameCaseInsensitivelyAndExactly() {
        tx.write(() -> clients.save(Client.create("Dinas Kesehatan Kabupaten Contoh", "Dinkes Contoh")));
        assertThat(tx.read(() -> clients.findByName("dinas kesehatan kabupaten contoh"))).isPresent();
        assertThat(tx.read(() -> clients.findByName("DINKES CONTOH"))).isPresent();
        assertThat(tx.read(() -> clients.findByName("Dinas Kesehatan"))).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictNotASilentOverwrite() {
        Client saved = tx.write(() -> clients.save(Client.create("BPBD Contoh", null)));
        Client mine = new Client(saved.id(), "BPBD Provinsi Contoh", null, saved.version());
        Client theirs = new Client(saved.id(), "BPBD Kota Contoh", null, saved.version());
        Client afterMine = tx.write(() -> clients.save(mine));
        assertThat(afterMine.version()).isEqualTo(saved.version() + 1);
        assertThatThrownBy(() -> tx.write(() -> clients.save(theirs))).isInstanceOf(StaleVersionException.class);
        assertThat(tx.read(() -> clients.findById(saved.id())).orElseThrow().name()).isEqualTo("BPBD Provinsi Contoh");
    }

    @Test
    void aPostRoundTripsWithMediaTargetsAndVariants() {
        Client c = tx.write(() -> clients.save(Client.create("Kominfo Contoh", null)));
        Account ig = tx.write(() -> accounts.save(Account.create(c.id(), Channel.INSTAGRAM, "@kominfo_contoh", null, AccountZone.WITA)));
        Account x = tx.write(() -> accounts.save(Account.create(c.id(), Channel.X, "@kominfo_x", null, AccountZone.WITA)));
        Campaign camp = tx.write(() -> campaigns.save(Campaign.create(c.id(), "Literasi Digital",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31))));
        Instant at = Instant.parse("2026-11-24T01:30:00Z");
        Post p = new Post("p-1", c.id(), camp.id(), "Cek fakta sebelum berbagi", "Sebelum membagikan, periksa sumbernya.",
                ContentType.EDUCATIONAL, WorkflowState.DRAFT, List.of("#CekFakta", "#LiterasiDigital"),
                List.of(new MediaRef("gambar/cek-fakta.png", "Infografik tiga langkah cek fakta"),
                        new MediaRef("gambar/tanpa-alt.png", "")), null, at, at, 0);
        tx.writeRun(() -> {
            posts.save(p);
            posts.saveTarget(PostTarget.create(p.id(), ig.id(), at));
            posts.saveTarget(PostTarget.create(p.id(), x.id(), at.plusSeconds(3600)));
            posts.saveVariant(PostVariant.create(p.id(), x.id(), "Cek sumbernya dulu sebelum berbagi. #CekFakta"));
        });
        Post back = tx.read(() -> posts.findById("p-1")).orElseThrow();
        assertThat(back.hashtags()).containsExactly("#CekFakta", "#LiterasiDigital");
        assertThat(back.media()).extracting(MediaRef::altText).containsExactly("Infografik tiga langkah cek fakta", "");
        assertThat(back.createdAt()).isEqualTo(at);
        assertThat(back.version()).isEqualTo(1);
        assertThat(tx.read(() -> posts.targetsOf("p-1"))).extracting(PostTarget::accountId).containsExactly(ig.id(), x.id());
        assertThat(tx.read(() -> posts.variantsOf("p-1"))).singleElement()
                .satisfies(v -> assertThat(v.body()).startsWith("Cek sumbernya"));
    }

    @Test
    void calendarEntriesAreTheHalfOpenRangeInTimeOrder() {
        String[] ids = TestDatabases.clientWithAccount(db);
        TestDatabases.addPost(db, ids[0], ids[1], "Akhir Oktober", Instant.parse("2026-10-31T16:59:59.999Z"));
        TestDatabases.addPost(db, ids[0], ids[1], "Awal November WIB", Instant.parse("2026-10-31T17:00:00Z"));
        TestDatabases.addPost(db, ids[0], ids[1], "Pertengahan", Instant.parse("2026-11-15T02:00:00Z"));
        TestDatabases.addPost(db, ids[0], ids[1], "Pagi 15", Instant.parse("2026-11-15T01:00:00Z"));
        TestDatabases.addPost(db, ids[0], ids[1], "Awal Desember WIB", Instant.parse("2026-11-30T17:00:00Z"));
        List<CalendarEntry> november = tx.read(() -> posts.calendarEntries(Instant.parse("2026-10-31T17:00:00Z"),
                Instant.parse("2026-11-30T17:00:00Z")));
        assertThat(november).extracting(CalendarEntry::title)
                .containsExactly("Awal November WIB", "Pagi 15", "Pertengahan");
        assertThat(november.get(0).channel()).isEqualTo(Channel.INSTAGRAM);
        assertThat(november.get(0).zone()).isEqualTo(AccountZone.WIB);
    }

    @Test
    void countsPerStateIncludeEveryState() {
        String[] ids = TestDatabases.clientWithAccount(db);
        TestDatabases.addPost(db, ids[0], ids[1], "Satu", Instant.parse("2026-11-01T01:00:00Z"));
        assertThat(tx.read(posts::countByState)).hasSize(WorkflowState.values().length)
                .containsEntry(WorkflowState.DRAFT, 1L).containsEntry(WorkflowState.PUBLISHED, 0L);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> tx.writeRun(() -> {
            clients.save(Client.create("Tidak Jadi", null));
            throw new IllegalStateException("gagal di tengah jalan");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx.read(clients::count)).isZero();
    }

    @Test
    void aTargetOnAMissingAccountIsRefusedByTheForeignKey() {
        String[] ids = TestDatabases.clientWithAccount(db);
        Post p = TestDatabases.post(ids[0], "Yatim", WorkflowState.DRAFT, Instant.now());
        assertThatThrownBy(() -> tx.writeRun(() -> {
            posts.save(p);
            posts.saveTarget(PostTarget.create(p.id(), "no-such-account", Instant.now()));
        })).isInstanceOf(StorageException.class);
        assertThat(tx.read(posts::count)).isZero();
    }
}
