package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.CalendarPosts;
import id.warta.app.CampaignPosts;
import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.CalendarEntry;
import id.warta.domain.Campaign;
import id.warta.domain.Channel;
import id.warta.domain.EthicsCategory;
import id.warta.domain.Finding;
import id.warta.domain.Post;
import id.warta.domain.Severity;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.calendar.DuplicateViewModel;
import id.warta.ui.calendar.FilterChoice;
import id.warta.ui.calendar.FindingsBadge;
import id.warta.ui.calendar.SearchViewModel;
import id.warta.ui.common.SameThreadTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's campaign and author filters, findings badge, search and duplicate, without a toolkit. */
class CalendarExtrasViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);
    private static final Instant FRIDAY = Instant.parse("2026-12-04T02:00:00Z");

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    CalendarViewModel calendar;
    Messages messages = new Messages(Messages.INDONESIAN);
    List<String> opened = new ArrayList<>();
    Account health;
    Campaign drive;
    Campaign dengue;
    Post flood;
    Post evacuation;
    Post fogging;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("extras.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        calendar = new CalendarViewModel(ws.planning(), ws.workflow(), new SameThreadTasks(), messages, CLOCK, WIB);
        health = CalendarPosts.account(ws, office.otherClient, Channel.FACEBOOK, "@dinkes.contoh", AccountZone.WITA);
        drive = CampaignPosts.campaign(ws, office.client.id(), "Pekan siaga bencana");
        dengue = CampaignPosts.campaign(ws, office.otherClient.id(), "Gerakan 3M Plus");
        flood = CampaignPosts.post(ws, office.account, drive.id(), "Banjir rob di pesisir", "Waspada.",
                WorkflowState.DRAFT, FRIDAY, office.staff.id(), CLOCK.instant());
        evacuation = CampaignPosts.post(ws, office.account, null, "Latihan evakuasi", "Ikuti simulasi.",
                WorkflowState.APPROVED, FRIDAY.plusSeconds(86_400), office.otherStaff.id(), CLOCK.instant());
        fogging = CampaignPosts.post(ws, health, dengue.id(), "Jadwal pengasapan", "Tutup makanan.",
                WorkflowState.DRAFT, FRIDAY.plusSeconds(2 * 86_400), office.deputy.id(), CLOCK.instant());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<String> shownPosts() {
        return calendar.entries().stream().map(CalendarEntry::postId).toList();
    }

    private static <T> FilterChoice<T> choice(List<FilterChoice<T>> choices, String label) {
        return choices.stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    private static Finding finding(Severity severity) {
        return new Finding("pii.nik", EthicsCategory.PERSONAL_DATA, List.of(7), severity, 0, 5, "Waspa", "Pesan",
                "Message");
    }

    @Test
    void campaignAndAuthorFiltersOfferWhatThePeriodHoldsAndNarrowTheEntries() {
        calendar.load();
        assertThat(calendar.campaignChoices()).extracting(FilterChoice::label)
                .containsExactly("Semua kampanye", "Gerakan 3M Plus", "Pekan siaga bencana");
        assertThat(calendar.authorChoices()).extracting(FilterChoice::label)
                .containsExactly("Semua penulis", "Agus Pratama", "Budi Santoso", "Sari Wulandari");

        calendar.campaignFilterProperty().set(choice(calendar.campaignChoices(), "Pekan siaga bencana"));
        assertThat(shownPosts()).containsExactly(flood.id());

        calendar.campaignFilterProperty().set(calendar.campaignChoices().get(0));
        calendar.authorFilterProperty().set(choice(calendar.authorChoices(), "Budi Santoso"));
        assertThat(shownPosts()).containsExactly(evacuation.id());

        // Choosing a client narrows the campaigns and authors offered to that client's.
        calendar.authorFilterProperty().set(calendar.authorChoices().get(0));
        calendar.clientFilterProperty().set(choice(calendar.clientChoices(), "Dinas Kesehatan Kota Contoh"));
        assertThat(calendar.campaignChoices()).extracting(FilterChoice::label)
                .containsExactly("Semua kampanye", "Gerakan 3M Plus");
        assertThat(calendar.authorChoices()).extracting(FilterChoice::label)
                .containsExactly("Semua penulis", "Agus Pratama");
        assertThat(shownPosts()).containsExactly(fogging.id());

        // A choice survives paging to a month without its posts and back.
        calendar.clientFilterProperty().set(calendar.clientChoices().get(0));
        calendar.campaignFilterProperty().set(choice(calendar.campaignChoices(), "Gerakan 3M Plus"));
        calendar.next();
        assertThat(calendar.entries()).isEmpty();
        assertThat(calendar.campaignFilterProperty().get().label()).isEqualTo("Gerakan 3M Plus");
        calendar.previous();
        assertThat(shownPosts()).containsExactly(fogging.id());
    }

    @Test
    void draftsWithFindingsCarryABadgeBlockingFirstDecidedPostsNone() {
        CampaignPosts.checked(ws, flood.id(), CLOCK.instant(), List.of(finding(Severity.BLOCK), finding(Severity.BLOCK),
                finding(Severity.WARN)));
        CampaignPosts.checked(ws, fogging.id(), CLOCK.instant(), List.of(finding(Severity.WARN)));
        CampaignPosts.checked(ws, evacuation.id(), CLOCK.instant(), List.of(finding(Severity.BLOCK)));
        calendar.load();

        CalendarEntry floodEntry = entryOf(flood);
        assertThat(floodEntry.blockingFindings()).isEqualTo(2);
        assertThat(floodEntry.advisoryFindings()).isEqualTo(1);
        assertThat(FindingsBadge.of(floodEntry)).isEqualTo(FindingsBadge.BLOCKING);
        assertThat(FindingsBadge.count(floodEntry)).isEqualTo(2);
        assertThat(FindingsBadge.of(entryOf(fogging))).isEqualTo(FindingsBadge.ADVISORY);
        assertThat(FindingsBadge.of(entryOf(evacuation))).as("approved: decided on").isEqualTo(FindingsBadge.NONE);

        // Only the latest check counts: a clean re-check removes the badge.
        CampaignPosts.checked(ws, flood.id(), CLOCK.instant().plusSeconds(60), List.of());
        calendar.load();
        assertThat(FindingsBadge.of(entryOf(flood))).isEqualTo(FindingsBadge.NONE);
    }

    private CalendarEntry entryOf(Post post) {
        return calendar.entries().stream().filter(e -> e.postId().equals(post.id())).findFirst().orElseThrow();
    }

    @Test
    void duplicateMakesANewDraftOnTheChosenDayAuditsItAndOpensIt() {
        office.signIn(office.staff);
        calendar.load();
        DuplicateViewModel duplicates = new DuplicateViewModel(ws.editing(), new SameThreadTasks(), messages, calendar,
                opened::add);
        CalendarEntry entry = entryOf(evacuation);
        assertThat(duplicates.defaultDay(entry)).isEqualTo(LocalDate.of(2026, 12, 6));
        long audited = office.auditCount();

        duplicates.duplicate(entry, LocalDate.of(2026, 12, 8));

        assertThat(opened).hasSize(1);
        String copyId = opened.get(0);
        assertThat(copyId).isNotEqualTo(evacuation.id());
        Post copy = office.reload(copyId);
        assertThat(copy.state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(copy.title()).isEqualTo("Latihan evakuasi (salinan)");
        assertThat(copy.authorId()).isEqualTo(office.staff.id());
        assertThat(office.targets(copyId)).singleElement().satisfies(t ->
                assertThat(t.scheduledAt()).isEqualTo(Instant.parse("2026-12-08T02:00:00Z")));
        assertThat(office.auditCount()).isEqualTo(audited + 1);
        assertThat(shownPosts()).contains(copyId, evacuation.id());
        assertThat(calendar.noticeProperty().get()).contains("Latihan evakuasi");

        // A past day is refused before anything is written; an old post's default is tomorrow.
        duplicates.duplicate(entry, LocalDate.of(2026, 11, 20));
        assertThat(calendar.problemProperty().get()).contains("sudah lewat");
        assertThat(opened).hasSize(1);
        CalendarEntry old = new CalendarEntry("t", evacuation.id(), office.client.id(), office.account.id(), "Lama",
                WorkflowState.PUBLISHED, null, Channel.INSTAGRAM, "@kominfo.contoh", AccountZone.WIB,
                Instant.parse("2026-10-01T02:00:00Z"), 1);
        assertThat(duplicates.defaultDay(old)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aDuplicateRefusedByTheServiceSaysWhyAndOpensNothing() {
        office.signIn(office.otherSupervisor);
        calendar.load();
        DuplicateViewModel duplicates = new DuplicateViewModel(ws.editing(), new SameThreadTasks(), messages, calendar,
                opened::add);
        duplicates.duplicate(entryOf(flood), LocalDate.of(2026, 12, 8));
        assertThat(calendar.problemProperty().get()).isNotBlank();
        assertThat(opened).isEmpty();
    }

    @Test
    void searchListsMatchesAndOpeningOneShowsItsDayAndOpensThePost() {
        office.signIn(office.staff);
        calendar.load();
        SearchViewModel search = new SearchViewModel(ws.search(), new SameThreadTasks(), messages, calendar,
                opened::add);

        search.queryProperty().set("evak");
        search.search();
        assertThat(search.results()).extracting(h -> h.postId()).containsExactly(evacuation.id());
        assertThat(search.statusProperty().get()).isEqualTo("1 pos ditemukan.");

        calendar.next();
        search.open(search.results().get(0));
        assertThat(calendar.dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(opened).containsExactly(evacuation.id());

        // Another client's post is not found by this user; "none" is said with the words typed.
        search.queryProperty().set("pengasapan");
        search.search();
        assertThat(search.results()).isEmpty();
        assertThat(search.statusProperty().get()).contains("pengasapan");

        search.clear();
        assertThat(search.results()).isEmpty();
        assertThat(search.statusProperty().get()).isEmpty();
    }
}
