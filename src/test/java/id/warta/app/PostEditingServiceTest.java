package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.ContentType;
import id.warta.domain.Post;
import id.warta.domain.Severity;
import id.warta.domain.WorkflowState;
import id.warta.ethics.CheckContext;
import id.warta.persistence.JdbcPostRepository;
import id.warta.service.PostDraft;
import id.warta.service.PostDraftException;
import id.warta.service.PostEditingService;
import id.warta.service.StaleVersionException;
import id.warta.service.WorkflowException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating and saving posts with their publications, as the editor does, on a real database. */
class PostEditingServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final Instant FRIDAY = Instant.parse("2026-12-04T02:00:00Z");

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    PostEditingService editing;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("editor.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        editing = ws.editing();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private PostDraft draft(String body, String variant) {
        return new PostDraft(null, 0, office.client.id(), null, "Layanan KTP keliling", body, ContentType.ANNOUNCEMENT,
                List.of("#LayananPublik"), List.of(new PostDraft.TargetLine(office.account.id(), FRIDAY, variant)));
    }

    @Test
    void staffCreatesADraftWithItsPublicationAndWordingAndTheAuditSaysSo() {
        office.signIn(office.staff);
        long auditBefore = office.auditCount();

        Post saved = editing.save(draft(WorkflowServiceTest.CLEAN, "Versi Instagram"));

        assertThat(saved.state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(saved.authorId()).isEqualTo(office.staff.id());
        assertThat(office.targets(saved.id())).singleElement()
                .satisfies(t -> assertThat(t.scheduledAt()).isEqualTo(FRIDAY));
        var variants = ws.transactor().read(() -> new JdbcPostRepository(ws.database()).variantsOf(saved.id()));
        assertThat(variants).singleElement().satisfies(v -> assertThat(v.body()).isEqualTo("Versi Instagram"));
        assertThat(office.auditCount()).isEqualTo(auditBefore + 1);
        assertThat(editing.open(saved.id()).targets().get(0).variantText()).isEqualTo("Versi Instagram");
    }

    @Test
    void savingAgainMovesTheTimeDropsTheWordingAndRefusesAStaleVersion() {
        office.signIn(office.staff);
        Post first = editing.save(draft("Isi pertama", "Versi lama"));
        PostDraft opened = editing.open(first.id());
        Instant later = FRIDAY.plusSeconds(3600);
        PostDraft edited = new PostDraft(opened.postId(), opened.version(), opened.clientId(), null, opened.title(),
                "Isi kedua", opened.contentType(), opened.hashtags(),
                List.of(new PostDraft.TargetLine(office.account.id(), later, "")));

        Post second = editing.save(edited);

        assertThat(second.body()).isEqualTo("Isi kedua");
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(office.targets(first.id())).singleElement()
                .satisfies(t -> assertThat(t.scheduledAt()).isEqualTo(later));
        assertThat(editing.open(first.id()).targets().get(0).variantText()).isEmpty();
        assertThatThrownBy(() -> editing.save(edited)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void editingAnApprovedPostSendsItBackToReview() {
        office.signIn(office.staff);
        Post approved = office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        PostDraft opened = editing.open(approved.id());
        PostDraft edited = new PostDraft(opened.postId(), opened.version(), opened.clientId(), null, opened.title(),
                opened.body() + " Gratis.", opened.contentType(), opened.hashtags(), opened.targets());

        assertThat(editing.save(edited).state()).isEqualTo(WorkflowState.IN_REVIEW);
    }

    @Test
    void notesAreKeptWithThePostClearedWhenBlankAndNeverSendAnApprovedPostBackToReview() {
        office.signIn(office.staff);
        Post approved = office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        PostDraft opened = editing.open(approved.id());
        assertThat(opened.notes()).isEmpty();

        Post noted = editing.save(new PostDraft(opened.postId(), opened.version(), opened.clientId(), null,
                opened.title(), opened.body(), opened.contentType(), opened.hashtags(), opened.targets(),
                opened.media(), opened.link(), "Angka cakupan dicek ke Dinkes; narahubung Bu Sari."));

        assertThat(noted.state()).as("notes are internal, not content").isEqualTo(WorkflowState.APPROVED);
        PostDraft reopened = editing.open(approved.id());
        assertThat(reopened.notes()).isEqualTo("Angka cakupan dicek ke Dinkes; narahubung Bu Sari.");

        editing.save(new PostDraft(reopened.postId(), reopened.version(), reopened.clientId(), null,
                reopened.title(), reopened.body(), reopened.contentType(), reopened.hashtags(), reopened.targets(),
                reopened.media(), reopened.link(), "   "));
        assertThat(editing.open(approved.id()).notes()).isEmpty();
        assertThat(ws.transactor().read(() -> new id.warta.persistence.JdbcPostNoteRepository(ws.database())
                .of(approved.id()))).isEmpty();

        PostDraft current = editing.open(approved.id());
        String pasted = "x".repeat(PostDraft.MAX_NOTES_LENGTH + 1);
        assertThatThrownBy(() -> editing.save(new PostDraft(current.postId(), current.version(), current.clientId(),
                null, current.title(), current.body(), current.contentType(), current.hashtags(), current.targets(),
                current.media(), current.link(), pasted)))
                .isInstanceOfSatisfying(id.warta.service.PostDraftException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("editor.error.notesTooLong"));
        assertThat(editing.open(approved.id()).version()).as("nothing saved").isEqualTo(current.version());
    }

    @Test
    void staffOfAnotherClientIsRefusedAndNothingIsSaved() {
        office.signIn(office.deputy);
        long posts = ws.planning().counts().posts();

        assertThatThrownBy(() -> editing.save(draft("Isi", "")))
                .isInstanceOfSatisfying(WorkflowException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("workflow.denied.assignment"));
        assertThat(ws.planning().counts().posts()).isEqualTo(posts);
        assertThat(editing.writableClients()).extracting(c -> c.id()).containsExactly(office.otherClient.id());
    }

    @Test
    void aDraftWithoutTitleOrWithAForeignAccountIsRefused() {
        office.signIn(office.staff);
        PostDraft noTitle = new PostDraft(null, 0, office.client.id(), null, " ", "Isi", ContentType.ANNOUNCEMENT,
                List.of(), List.of());
        assertThatThrownBy(() -> editing.save(noTitle)).isInstanceOfSatisfying(PostDraftException.class, e ->
                assertThat(e.problem()).isEqualTo(PostDraftException.Problem.NO_TITLE));
        PostDraft foreign = new PostDraft(null, 0, office.otherClient.id(), null, "Judul", "Isi",
                ContentType.ANNOUNCEMENT, List.of(), List.of(new PostDraft.TargetLine(office.account.id(), FRIDAY, "")));
        office.signIn(office.admin);
        assertThatThrownBy(() -> editing.save(foreign)).isInstanceOfSatisfying(PostDraftException.class, e ->
                assertThat(e.problem()).isEqualTo(PostDraftException.Problem.FOREIGN_ACCOUNT));
    }

    @Test
    void anUnsavedDraftIsCheckedWithoutRecordingAnything() {
        var findings = ws.ethics().checkDraft(WorkflowServiceTest.WITH_NIK,
                CheckContext.EMPTY.withWatchList(ws.ethics().watchListOf(office.client.id())));

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.excerpt()).contains("3522185310910913");
        });
    }
}
