package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Account;
import id.warta.domain.AccountZone;
import id.warta.domain.Campaign;
import id.warta.domain.Channel;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.WorkflowState;
import id.warta.persistence.JdbcPostRepository;
import id.warta.service.PostDraft;
import id.warta.service.SearchHit;
import id.warta.service.WorkflowException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search as the signed-in user may see it, and duplicating a post, through the workspace's services. */
class PostSearchServiceTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);
    private static final Instant FRIDAY = Instant.parse("2026-12-04T02:00:00Z");

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    Post kominfo;
    Post dinkes;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("search.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        kominfo = CampaignPosts.post(ws, office.account, null, "Banjir rob di pesisir", "Warga diminta waspada.",
                WorkflowState.DRAFT, FRIDAY, office.staff.id(), CLOCK.instant());
        Account health = CalendarPosts.account(ws, office.otherClient, Channel.FACEBOOK, "@dinkes.contoh",
                AccountZone.WITA);
        dinkes = CampaignPosts.post(ws, health, null, "Posko kesehatan banjir", "Layanan gratis bagi korban.",
                WorkflowState.APPROVED, FRIDAY.plusSeconds(3600), office.deputy.id(), CLOCK.instant());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<String> found(String text) {
        return ws.search().search(text).stream().map(SearchHit::postId).toList();
    }

    @Test
    void eachUserFindsOnlyTheClientsTheyMayOpen() {
        office.signIn(office.staff);
        assertThat(found("banj")).containsExactly(kominfo.id());
        office.signIn(office.otherSupervisor);
        assertThat(found("banj")).containsExactly(dinkes.id());
        office.signIn(office.admin);
        assertThat(found("banj")).containsExactlyInAnyOrder(kominfo.id(), dinkes.id());
        office.deactivate(office.staff);
        office.signIn(office.staff);
        assertThat(found("banj")).isEmpty();
        ws.auth().current().signOut();
        assertThat(found("banj")).isEmpty();
    }

    @Test
    void anEditedTitleIsFoundAndTheOldOneNoLonger() {
        office.signIn(office.staff);
        PostDraft opened = ws.editing().open(kominfo.id());
        ws.editing().save(new PostDraft(opened.postId(), opened.version(), opened.clientId(), null,
                "Air pasang di pesisir utara", opened.body(), opened.contentType(), opened.hashtags(),
                opened.targets()));

        assertThat(found("banjir")).isEmpty();
        assertThat(found("pasang")).containsExactly(kominfo.id());
        SearchHit hit = ws.search().search("pasang").get(0);
        assertThat(hit.title()).isEqualTo("Air pasang di pesisir utara");
        assertThat(hit.state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(hit.channel()).isEqualTo(Channel.INSTAGRAM);
    }

    @Test
    void aDuplicateIsANewDraftOfTheSignedInUserShiftedToTheChosenDayAndAudited() {
        Campaign drive = CampaignPosts.campaign(ws, office.client.id(), "Pekan siaga bencana");
        var repo = new JdbcPostRepository(ws.database());
        Post original = CampaignPosts.post(ws, office.account, drive.id(), "Latihan evakuasi", "Ikuti simulasi.",
                WorkflowState.APPROVED, FRIDAY, office.otherStaff.id(), CLOCK.instant());
        ws.transactor().writeRun(() -> repo.saveVariant(id.warta.domain.PostVariant.create(original.id(),
                office.account.id(), "Versi Instagram #SiagaBencana")));
        Account second = CalendarPosts.account(ws, office.client, Channel.X, "@kominfo_x", AccountZone.WIB);
        ws.transactor().writeRun(() -> repo.saveTarget(PostTarget.create(original.id(), second.id(),
                FRIDAY.plusSeconds(86_400 + 3600))));
        office.signIn(office.staff);
        long audited = office.auditCount();

        Post copy = ws.editing().duplicate(original.id(), "Latihan evakuasi (salinan)", LocalDate.of(2026, 12, 10), WIB);

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(copy.title()).isEqualTo("Latihan evakuasi (salinan)");
        assertThat(copy.body()).isEqualTo("Ikuti simulasi.");
        assertThat(copy.campaignId()).isEqualTo(drive.id());
        assertThat(copy.authorId()).isEqualTo(office.staff.id());
        assertThat(copy.hashtags()).containsExactly("#Info");
        // Thursday 10 December 09.00 WIB and, a day and an hour later as before, Friday 11th 10.00.
        assertThat(office.targets(copy.id())).extracting(PostTarget::scheduledAt).containsExactly(
                Instant.parse("2026-12-10T02:00:00Z"), Instant.parse("2026-12-11T03:00:00Z"));
        assertThat(ws.editing().open(copy.id()).targets()).filteredOn(t -> t.accountId().equals(office.account.id()))
                .singleElement().satisfies(t -> assertThat(t.variantText()).isEqualTo("Versi Instagram #SiagaBencana"));
        assertThat(office.reload(original.id()).state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(office.targets(original.id()).get(0).scheduledAt()).isEqualTo(FRIDAY);
        assertThat(office.auditCount()).isEqualTo(audited + 1);
        assertThat(ws.search().search("evakuasi")).extracting(SearchHit::postId)
                .containsExactlyInAnyOrder(original.id(), copy.id());
    }

    @Test
    void onlyAWriterOfTheClientMayDuplicate() {
        office.signIn(office.otherSupervisor);
        assertThatThrownBy(() -> ws.editing().duplicate(kominfo.id(), "Salinan", LocalDate.of(2026, 12, 10), WIB))
                .isInstanceOf(WorkflowException.class);
        assertThat(ws.planning().between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WIB)).hasSize(2);
    }
}
