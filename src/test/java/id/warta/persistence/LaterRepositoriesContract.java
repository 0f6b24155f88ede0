package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.AccountPlan;
import id.warta.domain.Blackout;
import id.warta.domain.BlackoutMode;
import id.warta.domain.BlackoutScope;
import id.warta.domain.ContentType;
import id.warta.domain.Delegation;
import id.warta.domain.EthicsCategory;
import id.warta.domain.FindingOverride;
import id.warta.domain.Finding;
import id.warta.domain.HashtagGroup;
import id.warta.domain.Ids;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostingHours;
import id.warta.domain.RecurrenceRule;
import id.warta.domain.ReviewDecision;
import id.warta.domain.ReviewOutcome;
import id.warta.domain.Role;
import id.warta.domain.Severity;
import id.warta.domain.User;
import id.warta.domain.UtmLink;
import id.warta.domain.Verdict;
import id.warta.domain.WorkflowState;
import id.warta.service.CaldavResource;
import id.warta.service.CheckRecord;
import id.warta.service.ExportFilter;
import id.warta.service.ExportRow;
import id.warta.service.Feed;
import id.warta.service.Overlay;
import id.warta.service.OverlayEvent;
import id.warta.service.OverlaySubscription;
import id.warta.service.PublicationStamp;
import id.warta.service.SearchHit;
import id.warta.service.SeriesRepository;
import id.warta.service.StaleVersionException;
import id.warta.service.StorageException;
import id.warta.service.Transactor;
import id.warta.service.WatchEntry;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The repositories added after the first portable set (planning, series, hashtag groups, links,
 * notes, overlays, CalDAV, feeds, check records, export, search) behave the same on SQLite and
 * PostgreSQL: round trips, stale versions, boolean filters, +07:00 times, a WIB month, search.
 */
abstract class LaterRepositoriesContract {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** 09:00:00.123 WIB on 1 December 2026, typed with its offset. */
    static final Instant NINE_WIB = OffsetDateTime.parse("2026-12-01T09:00:00.123+07:00").toInstant();

    Database db;
    Transactor tx;
    JdbcPostRepository posts;
    String client;
    String account;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        db = openDatabase();
        tx = db.newTransactor();
        posts = new JdbcPostRepository(db);
        String[] ids = TestDatabases.clientWithAccount(db);
        client = ids[0];
        account = ids[1];
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Post addPost(String title, String body, Instant at) {
        return tx.write(() -> {
            Post p = posts.save(new Post(Ids.newId(), client, null, title, body, ContentType.EDUCATIONAL,
                    WorkflowState.DRAFT, List.of(), List.of(), null, at, at, 0));
            posts.saveTarget(PostTarget.create(p.id(), account, at));
            return p;
        });
    }

    // ---- series -------------------------------------------------------------------------------

    @Test
    void aSeriesRoundTripsWithItsStartsAndSlotsAndTheDetachedFlagFilters() {
        JdbcSeriesRepository series = new JdbcSeriesRepository(db);
        Post p = addPost("Jumat bersih", "Kerja bakti tiap Jumat.", NINE_WIB);
        RecurrenceRule rule = RecurrenceRule.weekly(1, Set.of(DayOfWeek.FRIDAY), LocalDate.of(2026, 12, 31));
        tx.writeRun(() -> series.save(p.id(), rule, Map.of(account, NINE_WIB)));
        assertThat(tx.read(() -> series.ruleOf(p.id()))).contains(rule);
        assertThat(tx.read(() -> series.startsOf(p.id()))).containsExactly(Map.entry(account, NINE_WIB));

        RecurrenceRule daily = RecurrenceRule.daily(2, LocalDate.of(2026, 12, 20));
        tx.writeRun(() -> series.save(p.id(), daily, Map.of(account, NINE_WIB.plusSeconds(3600))));
        assertThat(tx.read(() -> series.ruleOf(p.id()))).contains(daily);
        assertThat(tx.read(() -> series.startsOf(p.id()))).containsEntry(account, NINE_WIB.plusSeconds(3600));

        String target = tx.read(() -> posts.targetsOf(p.id())).get(0).id();
        tx.writeRun(() -> series.setSlot(target, LocalDate.of(2026, 12, 4)));
        assertThat(tx.read(() -> series.slotsOf(p.id())))
                .containsExactly(Map.entry(target, new SeriesRepository.Slot(LocalDate.of(2026, 12, 4), false)));
        Jdbc jdbc = new Jdbc(db);
        tx.writeRun(() -> jdbc.update("UPDATE post_target SET detached = TRUE WHERE id = ?", st -> st.setString(1, target)));
        assertThat(tx.read(() -> series.slotsOf(p.id())).get(target).detached()).isTrue();
        assertThat(tx.read(() -> jdbc.queryLong("SELECT count(*) FROM post_target WHERE detached"))).isEqualTo(1L);
        assertThat(tx.read(() -> jdbc.queryLong("SELECT count(*) FROM post_target WHERE NOT detached"))).isZero();

        tx.writeRun(() -> series.delete(p.id()));
        assertThat(tx.read(() -> series.ruleOf(p.id()))).isEmpty();
        assertThat(tx.read(() -> series.slotsOf(p.id()))).isEmpty();
    }

    // ---- planning rules -----------------------------------------------------------------------

    @Test
    void anAccountPlanRoundTripsAndAnEmptyPlanRemovesIt() {
        JdbcAccountPlanRepository plans = new JdbcAccountPlanRepository(db);
        AccountPlan plan = new AccountPlan(account, new PostingHours(LocalTime.of(6, 0), LocalTime.of(21, 0)), 3);
        tx.writeRun(() -> plans.save(plan));
        assertThat(tx.read(() -> plans.find(account))).contains(plan);
        AccountPlan onlyCadence = new AccountPlan(account, null, 5);
        tx.writeRun(() -> plans.save(onlyCadence));
        assertThat(tx.read(plans::findAll)).containsExactly(onlyCadence);
        tx.writeRun(() -> plans.save(AccountPlan.none(account)));
        assertThat(tx.read(() -> plans.find(account))).isEmpty();
    }

    @Test
    void aBlackoutRoundTripsItsInstantsAndAStaleVersionIsRefused() {
        JdbcBlackoutRepository blackouts = new JdbcBlackoutRepository(db);
        Instant end = OffsetDateTime.parse("2026-12-03T23:59:59.999+07:00").toInstant();
        Blackout b = Blackout.create("Masa tenang", "Pilkada", NINE_WIB, end, BlackoutScope.ACCOUNTS, null,
                Set.of(account), BlackoutMode.REFUSE);
        Blackout saved = tx.write(() -> blackouts.save(b));
        Blackout back = tx.read(() -> blackouts.findById(b.id())).orElseThrow();
        assertThat(back.start()).isEqualTo(Instant.parse("2026-12-01T02:00:00.123Z"));
        assertThat(back.end()).isEqualTo(end);
        assertThat(back.accountIds()).containsExactly(account);
        assertThat(back.version()).isEqualTo(1);

        Blackout mine = new Blackout(b.id(), "Masa tenang pilkada", b.reason(), b.start(), b.end(), BlackoutScope.CLIENT,
                client, Set.of(), BlackoutMode.WARN, saved.version());
        Blackout theirs = new Blackout(b.id(), "Masa berkabung", b.reason(), b.start(), b.end(), BlackoutScope.ALL,
                null, Set.of(), BlackoutMode.REFUSE, saved.version());
        assertThat(tx.write(() -> blackouts.save(mine)).version()).isEqualTo(2);
        assertThatThrownBy(() -> tx.write(() -> blackouts.save(theirs))).isInstanceOf(StaleVersionException.class);
        Blackout now = tx.read(() -> blackouts.findById(b.id())).orElseThrow();
        assertThat(now.name()).isEqualTo("Masa tenang pilkada");
        assertThat(now.scope()).isEqualTo(BlackoutScope.CLIENT);
        assertThat(now.mode()).isEqualTo(BlackoutMode.WARN);
        assertThat(tx.read(() -> blackouts.delete(b.id()))).isTrue();
        assertThat(tx.read(blackouts::findAll)).isEmpty();
    }

    @Test
    void blackoutsOfAWibMonthIncludeTheFirstMidnightAndExcludeTheNextOne() {
        JdbcBlackoutRepository blackouts = new JdbcBlackoutRepository(db);
        Instant december = LocalDate.of(2026, 12, 1).atStartOfDay(WIB).toInstant();
        Instant january = LocalDate.of(2027, 1, 1).atStartOfDay(WIB).toInstant();
        tx.writeRun(() -> {
            blackouts.save(Blackout.create("Ends at December's first midnight", "", december.minusSeconds(3600), december,
                    BlackoutScope.ALL, null, Set.of(), BlackoutMode.WARN));
            blackouts.save(Blackout.create("Starts at December's first midnight", "", december, december.plusMillis(1),
                    BlackoutScope.ALL, null, Set.of(), BlackoutMode.WARN));
            blackouts.save(Blackout.create("Last millisecond of December", "", january.minusMillis(1), january,
                    BlackoutScope.ALL, null, Set.of(), BlackoutMode.WARN));
            blackouts.save(Blackout.create("Starts at January's midnight", "", january, january.plusSeconds(60),
                    BlackoutScope.ALL, null, Set.of(), BlackoutMode.WARN));
        });
        assertThat(tx.read(() -> blackouts.overlapping(december, january))).extracting(Blackout::name)
                .containsExactly("Starts at December's first midnight", "Last millisecond of December");
    }

    // ---- hashtag groups, links, notes ---------------------------------------------------------

    @Test
    void aHashtagGroupRoundTripsRefusesAStaleVersionAndNamesAreUniqueIgnoringCase() {
        JdbcHashtagGroupRepository groups = new JdbcHashtagGroupRepository(db);
        HashtagGroup g = new HashtagGroup(Ids.newId(), client, "Kesehatan", List.of("#Sehat", "#Imunisasi"), 0);
        HashtagGroup saved = tx.write(() -> groups.save(g));
        tx.writeRun(() -> groups.save(new HashtagGroup(Ids.newId(), client, "bencana", List.of("#SiagaBencana"), 0)));
        assertThat(tx.read(() -> groups.ofClient(client))).extracting(HashtagGroup::name)
                .containsExactly("bencana", "Kesehatan");
        assertThat(tx.read(() -> groups.findById(g.id())).orElseThrow().tags()).containsExactly("#Sehat", "#Imunisasi");

        HashtagGroup mine = new HashtagGroup(g.id(), client, "Kesehatan ibu", List.of("#Sehat"), saved.version());
        HashtagGroup theirs = new HashtagGroup(g.id(), client, "Kesehatan anak", List.of("#Anak"), saved.version());
        tx.writeRun(() -> groups.save(mine));
        assertThatThrownBy(() -> tx.write(() -> groups.save(theirs))).isInstanceOf(StaleVersionException.class);
        assertThat(tx.read(() -> groups.findById(g.id())).orElseThrow().name()).isEqualTo("Kesehatan ibu");

        assertThatThrownBy(() -> tx.write(() -> groups.save(
                new HashtagGroup(Ids.newId(), client, "KESEHATAN IBU", List.of("#X"), 0))))
                .isInstanceOf(StorageException.class);
        tx.writeRun(() -> groups.delete(g.id()));
        assertThat(tx.read(() -> groups.ofClient(client))).extracting(HashtagGroup::name).containsExactly("bencana");
    }

    @Test
    void aLinkAndANoteAreUpsertedAndAnEmptyOneRemoved() {
        JdbcPostLinkRepository links = new JdbcPostLinkRepository(db);
        JdbcPostNoteRepository notes = new JdbcPostNoteRepository(db);
        Post p = addPost("Rilis vaksin", "Isi.", NINE_WIB);
        UtmLink link = new UtmLink("https://dinkes.example.go.id/vaksin?x=1#atas", "", "social", "imunisasi");
        tx.writeRun(() -> {
            links.save(p.id(), link);
            notes.save(p.id(), "Cek angka dengan Kabid P2P.");
        });
        assertThat(tx.read(() -> links.of(p.id()))).contains(link);
        assertThat(tx.read(() -> notes.of(p.id()))).isEqualTo("Cek angka dengan Kabid P2P.");
        UtmLink changed = new UtmLink("https://dinkes.example.go.id/vaksin", "wa", "social", "");
        tx.writeRun(() -> {
            links.save(p.id(), changed);
            notes.save(p.id(), "Sudah dicek.");
        });
        assertThat(tx.read(() -> links.of(p.id()))).contains(changed);
        assertThat(tx.read(() -> notes.of(p.id()))).isEqualTo("Sudah dicek.");
        tx.writeRun(() -> {
            links.save(p.id(), UtmLink.NONE);
            notes.save(p.id(), "   ");
        });
        assertThat(tx.read(() -> links.of(p.id()))).isEmpty();
        assertThat(tx.read(() -> notes.of(p.id()))).isEmpty();
    }

    // ---- overlays, CalDAV, feeds --------------------------------------------------------------

    @Test
    void anOverlayRoundTripsItsEventsAndSubscriptionAndDaysSelectByRange() {
        JdbcOverlayRepository overlays = new JdbcOverlayRepository(db);
        Instant imported = OffsetDateTime.parse("2026-11-30T20:15:00.5+07:00").toInstant();
        Instant meetingEnd = NINE_WIB.plusSeconds(5400);
        OverlaySubscription sub = new OverlaySubscription(URI.create("https://kalender.example.id/libur.ics"),
                Duration.ofMinutes(90), imported, imported.plusSeconds(30), "\"abc\"", "Mon, 30 Nov 2026 13:15:00 GMT",
                "overlay.error.http", List.of("503", "Service Unavailable"));
        Overlay overlay = new Overlay(Ids.newId(), "Libur nasional", "url:https://kalender.example.id/libur.ics",
                imported, 0, sub);
        tx.writeRun(() -> overlays.insert(overlay, List.of(
                OverlayEvent.allDay("u1", "Hari Ibu", LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 22), null),
                new OverlayEvent("u2", "Rapat koordinasi", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1),
                        NINE_WIB, meetingEnd, null),
                OverlayEvent.allDay("u3", "Cuti bersama", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 2), null))));
        Overlay back = tx.read(() -> overlays.find(overlay.id())).orElseThrow();
        assertThat(back.importedAt()).isEqualTo(imported);
        assertThat(back.eventCount()).isEqualTo(3);
        assertThat(back.subscription()).isEqualTo(sub);
        assertThat(tx.read(() -> overlays.existsWithSource(overlay.source()))).isTrue();

        List<OverlayEvent> december = tx.read(() -> overlays.eventsBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 30)));
        assertThat(december).extracting(OverlayEvent::uid).containsExactly("u2", "u1");
        assertThat(december.get(0).start()).isEqualTo(NINE_WIB);
        assertThat(december.get(0).end()).isEqualTo(meetingEnd);
        assertThat(december.get(1).isAllDay()).isTrue();
        assertThat(tx.read(() -> overlays.eventsBetween(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 31))))
                .extracting(OverlayEvent::uid).containsExactly("u3");

        OverlaySubscription cleared = new OverlaySubscription(sub.url(), sub.refreshInterval(), imported.plusSeconds(60),
                imported.plusSeconds(60), null, null, null, List.of());
        tx.writeRun(() -> {
            overlays.updateSubscription(overlay.id(), cleared);
            overlays.replaceEvents(overlay.id(), imported.plusSeconds(60), List.of());
        });
        Overlay refreshed = tx.read(() -> overlays.find(overlay.id())).orElseThrow();
        assertThat(refreshed.subscription()).isEqualTo(cleared);
        assertThat(refreshed.eventCount()).isZero();
        assertThat(tx.read(() -> overlays.delete(overlay.id()))).isTrue();
        assertThat(tx.read(overlays::findAll)).isEmpty();
    }

    @Test
    void caldavResourcesAreUpsertedPerCollectionAndDeleted() {
        JdbcCaldavResourceRepository ledger = new JdbcCaldavResourceRepository(db);
        String home = "https://dav.example.id/cal/humas/";
        CaldavResource r = new CaldavResource(home, "uid-1", "uid-1.ics", "\"e1\"", 0, "h1", NINE_WIB);
        tx.writeRun(() -> {
            ledger.save(r);
            ledger.save(new CaldavResource("https://dav.example.id/cal/lain/", "uid-1", "uid-1.ics", null, 0, "h1", NINE_WIB));
        });
        assertThat(tx.read(() -> ledger.findAll(home))).containsExactly(Map.entry("uid-1", r));
        CaldavResource updated = new CaldavResource(home, "uid-1", "uid-1.ics", "\"e2\"", 1, "h2", NINE_WIB.plusSeconds(5));
        tx.writeRun(() -> ledger.save(updated));
        assertThat(tx.read(() -> ledger.findAll(home))).containsExactly(Map.entry("uid-1", updated));
        tx.writeRun(() -> ledger.delete(home, "uid-1"));
        assertThat(tx.read(() -> ledger.findAll(home))).isEmpty();
        assertThat(tx.read(() -> ledger.findAll("https://dav.example.id/cal/lain/"))).hasSize(1);
    }

    @Test
    void aFeedRoundTripsItsFilterAndIsRevokedOnce() {
        JdbcFeedRepository feeds = new JdbcFeedRepository(db);
        ExportFilter filter = new ExportFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), "Dinkes", "@dinkes",
                "instagram", "Vaksin", List.of("approved", "scheduled"));
        Feed feed = new Feed(Ids.newId(), "Jadwal Dinkes", "tok-" + Ids.newId(), filter, NINE_WIB, null);
        tx.writeRun(() -> feeds.insert(feed));
        assertThat(tx.read(() -> feeds.findByToken(feed.token()))).contains(feed);
        Instant revokedAt = NINE_WIB.plusSeconds(86_400);
        assertThat(tx.read(() -> feeds.revoke(feed.id(), revokedAt))).isTrue();
        assertThat(tx.read(() -> feeds.revoke(feed.id(), revokedAt.plusSeconds(1)))).isFalse();
        assertThat(tx.read(feeds::findAll)).singleElement().satisfies(f -> assertThat(f.revokedAt()).isEqualTo(revokedAt));
    }

    // ---- check records, export ----------------------------------------------------------------

    @Test
    void theLatestCheckRecordWinsAndEqualTimesBreakByInsertion() {
        JdbcCheckRecordRepository checks = new JdbcCheckRecordRepository(db);
        Post p = addPost("Bantuan sosial", "Isi.", NINE_WIB);
        Finding nik = new Finding("pii.nik", EthicsCategory.PERSONAL_DATA, List.of(7, 8), Severity.BLOCK, 4, 8, "3522",
                "NIK terlihat", "NIK visible");
        CheckRecord first = new CheckRecord(Ids.newId(), p.id(), "2026.1", NINE_WIB, Verdict.BLOCK, List.of(nik));
        CheckRecord second = new CheckRecord(Ids.newId(), p.id(), "2026.1", NINE_WIB, Verdict.PASS, List.of());
        CheckRecord older = new CheckRecord(Ids.newId(), p.id(), "2026.1", NINE_WIB.minusSeconds(60), Verdict.WARN, List.of());
        tx.writeRun(() -> checks.save(first));
        assertThat(tx.read(() -> checks.latestOf(p.id()))).contains(first);
        tx.writeRun(() -> {
            checks.save(second);
            checks.save(older);
        });
        assertThat(tx.read(() -> checks.latestOf(p.id()))).contains(second);
        assertThat(tx.read(() -> checks.latestOf("no-such-post"))).isEmpty();
    }

    @Test
    void exportRowsAreTheWibMonthWithTheLatestApproverAndStampsUpsert() {
        JdbcExportRepository export = new JdbcExportRepository(db);
        Instant december = LocalDate.of(2026, 12, 1).atStartOfDay(WIB).toInstant();
        Instant january = LocalDate.of(2027, 1, 1).atStartOfDay(WIB).toInstant();
        addPost("30 November 23.59 WIB", "Isi.", december.minusMillis(1));
        Post first = addPost("1 Desember 00.00 WIB", "Isi.", december);
        addPost("31 Desember 23.59 WIB", "Isi.", january.minusMillis(1));
        addPost("1 Januari 00.00 WIB", "Isi.", january);
        User rina = new User(Ids.newId(), "rina", "Rina Supervisor", Set.of(Role.SUPERVISOR), true, 0);
        tx.writeRun(() -> {
            new JdbcUserRepository(db).save(rina);
            new JdbcReviewDecisionRepository(db).add(new ReviewDecision(Ids.newId(), first.id(), rina.id(),
                    ReviewOutcome.APPROVED, "", List.of(), null, false, "2026.1", first.title(), first.body(), NINE_WIB));
        });
        List<ExportRow> rows = tx.read(() -> export.rows(december, january));
        assertThat(rows).extracting(ExportRow::title).containsExactly("1 Desember 00.00 WIB", "31 Desember 23.59 WIB");
        assertThat(rows.get(0).scheduledAt()).isEqualTo(december);
        assertThat(rows.get(0).approver()).isEqualTo("Rina Supervisor");
        assertThat(rows.get(1).approver()).isNull();

        PublicationStamp stamp = new PublicationStamp(rows.get(0).targetId(), "uid-a@warta", 0, "f1", NINE_WIB);
        tx.writeRun(() -> export.saveStamp(stamp));
        PublicationStamp bumped = new PublicationStamp(stamp.targetId(), "uid-a@warta", 1, "f2", NINE_WIB.plusSeconds(1));
        tx.writeRun(() -> export.saveStamp(bumped));
        assertThat(tx.read(export::stamps)).containsExactly(Map.entry(stamp.targetId(), bumped));
    }

    // ---- search -------------------------------------------------------------------------------

    private List<String> find(String text) {
        return tx.read(() -> new JdbcSearchRepository(db).search(text, Set.of(client), 50)).stream()
                .map(SearchHit::postId).toList();
    }

    @Test
    void fullTextSearchFindsPoskoInABodyAndTheStartOfAWordIgnoringCase() {
        Post inBody = addPost("Siaga cuaca", "Warga dapat menuju posko pengungsian di balai desa.", NINE_WIB);
        Post inTitle = addPost("Posko Banjir dibuka", "Bantuan logistik tersedia.", NINE_WIB.plusSeconds(60));
        addPost("Vaksinasi gratis", "Di puskesmas terdekat.", NINE_WIB.plusSeconds(120));

        assertThat(find("posko")).containsExactly(inTitle.id(), inBody.id());
        assertThat(find("POSKO pengungsian")).containsExactly(inBody.id());
        assertThat(find("banj")).containsExactly(inTitle.id());
        assertThat(find("vaks PUSK")).hasSize(1);
        assertThat(find("kebakaran")).isEmpty();
        Post cafe = addPost("Kafé literasi", "Membaca bersama.", NINE_WIB);
        assertThat(find("KAFÉ lit")).containsExactly(cafe.id());

        SearchHit hit = tx.read(() -> new JdbcSearchRepository(db).search("pengungsian", Set.of(client), 50)).get(0);
        assertThat(hit.title()).isEqualTo("Siaga cuaca");
        assertThat(hit.firstAt()).isEqualTo(NINE_WIB);
        assertThat(hit.handle()).isEqualTo("@dinkes_contoh");
        assertThat(hit.publications()).isEqualTo(1);
        assertThat(hit.state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(hit.excerpt()).isEqualTo("Warga dapat menuju posko pengungsian di balai desa.");

        addPost("Panjang", "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas "
                + "tiga belas posko empat belas lima belas enam belas tujuh belas delapan belas sembilan belas dua puluh "
                + "dua puluh satu dua puluh dua.", NINE_WIB);
        SearchHit middle = tx.read(() -> new JdbcSearchRepository(db).search("panjang posko", Set.of(client), 50)).get(0);
        assertThat(middle.excerpt()).startsWith("\u2026").endsWith("\u2026").contains("posko")
                .doesNotContain("Satu dua").doesNotContain("dua puluh dua.");
    }

    @Test
    void searchTextIsNeverQuerySyntaxAndStaysWithinTheClientsAndTheLimit() {
        Post post = addPost("Jadwal \"Jum'at Bersih\"", "Kerja bakti -- bawa sapu* dan (karung) NOT plastik! a|b & c:d",
                NINE_WIB);
        for (String typed : List.of("\"", "'", "''", "\\", "*", "-", ":", "!", "|", "&", "(", ")", "<->", ":*", "a:*b",
                "NOT", "AND OR", "NEAR(", "^", "jum'at", "col:bersih", "{title}", "\"\"\"", "'; DROP TABLE post; --",
                "\u0301", "!sapu", "sapu:*A")) {
            assertThatCode(() -> find(typed)).as(typed).doesNotThrowAnyException();
        }
        assertThat(find("jum'at")).containsExactly(post.id());
        assertThat(find("sapu*")).containsExactly(post.id());
        assertThat(find("!plastik")).containsExactly(post.id());
        assertThat(find("(karung")).containsExactly(post.id());
        assertThat(find("'; DROP TABLE post; --")).isEmpty();
        assertThat(tx.read(posts::count)).isEqualTo(1);
        assertThat(find("   ")).isEmpty();

        assertThat(tx.read(() -> new JdbcSearchRepository(db).search("bakti", Set.of("another-client"), 50))).isEmpty();
        assertThat(tx.read(() -> new JdbcSearchRepository(db).search("bakti", Set.of(), 50))).isEmpty();
        for (int i = 0; i < 12; i++) {
            addPost("Info bakti " + i, "Isi.", NINE_WIB.plusSeconds(i));
        }
        assertThat(tx.read(() -> new JdbcSearchRepository(db).search("bakti", Set.of(client), 10))).hasSize(10);
    }

    @Test
    void searchFollowsEditsOfTitleAndBody() {
        Post post = addPost("Lomba foto", "Kirim karya sebelum akhir bulan.", NINE_WIB);
        assertThat(find("lomba")).containsExactly(post.id());
        tx.writeRun(() -> posts.save(new Post(post.id(), client, null, "Sayembara logo", "Kirim desain sebelum tanggal 20.",
                post.contentType(), post.state(), post.hashtags(), post.media(), null, post.createdAt(), post.updatedAt(),
                post.version())));
        assertThat(find("lomba")).isEmpty();
        assertThat(find("karya")).isEmpty();
        assertThat(find("sayem")).containsExactly(post.id());
        assertThat(find("desain")).containsExactly(post.id());
    }

    // ---- review-side stores: watch lists, delegations, overrides, decisions ----------------------

    @Test
    void watchAndAllowTermsAreUniqueIgnoringCaseAndListedAlphabetically() {
        JdbcWatchListRepository lists = new JdbcWatchListRepository(db);
        tx.writeRun(() -> {
            lists.add(new WatchEntry(Ids.newId(), client, "Proyek Tol Laut", WatchEntry.Kind.SENSITIVE_PROJECT, 0));
            lists.add(new WatchEntry(Ids.newId(), client, "Bupati Andi", WatchEntry.Kind.CANDIDATE, 0));
            lists.add(new WatchEntry(Ids.newId(), client, "Partai Contoh", WatchEntry.Kind.ALLOW, 0));
        });
        assertThatThrownBy(() -> tx.write(() -> lists.add(new WatchEntry(Ids.newId(), client, "PARTAI contoh",
                WatchEntry.Kind.PARTY, 0)))).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DUPLICATE));
        assertThat(tx.read(() -> lists.entriesOf(client))).extracting(WatchEntry::term)
                .containsExactly("Bupati Andi", "Proyek Tol Laut", "Partai Contoh");
    }

    @Test
    void aRevokedDelegationStaysListedWithItsFlag() {
        JdbcUserRepository users = new JdbcUserRepository(db);
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(db);
        User from = new User(Ids.newId(), "ratna", "Ratna", Set.of(Role.SUPERVISOR), true, 0);
        User to = new User(Ids.newId(), "agus", "Agus", Set.of(Role.STAFF), true, 0);
        Delegation d = new Delegation(Ids.newId(), from.id(), to.id(), client, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), false);
        tx.writeRun(() -> {
            users.save(from);
            users.save(to);
            delegations.save(d);
        });
        assertThat(tx.read(() -> delegations.toUser(to.id()))).containsExactly(d);
        tx.writeRun(() -> delegations.revoke(d.id()));
        assertThat(tx.read(() -> delegations.fromUser(from.id()))).singleElement()
                .satisfies(x -> assertThat(x.revoked()).isTrue());
        Jdbc jdbc = new Jdbc(db);
        assertThat(tx.read(() -> jdbc.queryLong("SELECT count(*) FROM delegation WHERE NOT revoked"))).isZero();
    }

    @Test
    void overridesAndDecisionsKeepTheirOrderAndTheLatestApprovalWins() {
        Post p = addPost("Bantuan sosial", "Isi.", NINE_WIB);
        User rina = new User(Ids.newId(), "rina", "Rina", Set.of(Role.SUPERVISOR), true, 0);
        JdbcFindingOverrideRepository overrides = new JdbcFindingOverrideRepository(db);
        JdbcReviewDecisionRepository decisions = new JdbcReviewDecisionRepository(db);
        ReviewDecision first = new ReviewDecision(Ids.newId(), p.id(), rina.id(), ReviewOutcome.APPROVED, "ok",
                List.of(), null, false, "2026.1", p.title(), p.body(), NINE_WIB);
        ReviewDecision again = new ReviewDecision(Ids.newId(), p.id(), rina.id(), ReviewOutcome.APPROVED, "ok lagi",
                List.of(), null, true, "2026.1", p.title(), p.body(), NINE_WIB);
        tx.writeRun(() -> {
            new JdbcUserRepository(db).save(rina);
            overrides.add(new FindingOverride(Ids.newId(), p.id(), "pii.nik", "3522", "Data fiktif untuk pelatihan.",
                    rina.id(), "2026.1", NINE_WIB));
            overrides.add(new FindingOverride(Ids.newId(), p.id(), "pii.phone", "0812", "Nomor layanan resmi dinas.",
                    rina.id(), "2026.1", NINE_WIB));
            decisions.add(first);
            decisions.add(again);
        });
        assertThat(tx.read(() -> overrides.of(p.id()))).extracting(FindingOverride::ruleId)
                .containsExactly("pii.nik", "pii.phone");
        assertThat(tx.read(() -> overrides.of(p.id())).get(0).createdAt()).isEqualTo(NINE_WIB);
        assertThat(tx.read(() -> decisions.of(p.id()))).extracting(ReviewDecision::id).containsExactly(first.id(), again.id());
        assertThat(tx.read(() -> decisions.lastApprovalOf(p.id()))).map(ReviewDecision::selfApproved).contains(true);
    }

    // ---- optimistic saves of a post (what a workflow move saves) -------------------------------

    @Test
    void aPostSavedOnAStaleVersionIsRefusedAndLeavesTheStateAlone() {
        Post p = addPost("Rilis pers", "Isi.", NINE_WIB);
        Post submitted = tx.write(() -> posts.save(p.withState(WorkflowState.IN_REVIEW, NINE_WIB.plusSeconds(60))));
        assertThat(submitted.version()).isEqualTo(p.version() + 1);
        assertThatThrownBy(() -> tx.write(() -> posts.save(p.withState(WorkflowState.CANCELLED, NINE_WIB.plusSeconds(120)))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(tx.read(() -> posts.findById(p.id())).orElseThrow().state()).isEqualTo(WorkflowState.IN_REVIEW);
    }
}
