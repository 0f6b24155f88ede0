package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Checklist;
import id.warta.domain.Post;
import id.warta.domain.Severity;
import id.warta.domain.WorkflowState;
import id.warta.service.Comment;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.review.ChecklistRow;
import id.warta.ui.review.ReviewViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review desk's view-model over the real workflow service and a real database, work run inline. */
class ReviewViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final String CLEAN = "Layanan perekaman KTP elektronik keliling hadir di Kelurahan Sukamaju pada Sabtu, "
            + "5 Desember 2026 pukul 08.00-12.00 WIB. Bawa fotokopi kartu keluarga. Jadwal lengkap di situs resmi "
            + "Disdukcapil Kota Contoh.";
    private static final String WITH_NIK = "Selamat kepada Ibu Wulan Sari, NIK 3522185310910913, penerima bantuan bulan ini.";

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    ReviewViewModel review;
    final Messages messages = new Messages(Messages.INDONESIAN);

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("review.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        review = new ReviewViewModel(ws.workflow(), new SameThreadTasks(), messages);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Post submittedByStaff(String body) {
        Post draft = office.post(WorkflowState.DRAFT, body);
        office.signIn(office.staff);
        Post submitted = ws.workflow().submit(draft.id(), draft.version());
        office.signIn(office.supervisor);
        return submitted;
    }

    private void answerAllReassuring() {
        for (ChecklistRow row : review.checklist()) {
            row.answerProperty().set(Checklist.reassuringAnswer(row.principle()));
        }
    }

    @Test
    void approveStaysDisabledUntilEveryQuestionIsAnsweredAndConcernsAreExplained() {
        Post post = submittedByStaff(CLEAN);
        review.load();
        assertThat(review.queue()).extracting(i -> i.post().id()).containsExactly(post.id());
        review.select(review.queue().get(0));
        assertThat(review.detailProperty().get().post().id()).isEqualTo(post.id());
        assertThat(review.canApproveProperty().get()).isFalse();

        answerAllReassuring();
        assertThat(review.canApproveProperty().get()).isTrue();
        ChecklistRow classified = review.checklist().get(2);
        classified.answerProperty().set(!Checklist.reassuringAnswer(3));
        assertThat(classified.concernProperty().get()).isTrue();
        assertThat(review.canApproveProperty().get()).isFalse();
        classified.noteProperty().set("Sudah diizinkan Kepala Dinas, nota 12/2026");
        assertThat(review.canApproveProperty().get()).isTrue();

        review.approve();
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(review.noticeProperty().get()).contains("disetujui");
        assertThat(review.queue()).isEmpty();
        assertThat(review.detailProperty().get()).isNull();
        assertThat(review.checklist()).allSatisfy(r -> assertThat(r.answerProperty().get()).isNull());
    }

    @Test
    void aBlockingFindingMustBeOverriddenWithAReasonBeforeApproval() {
        Post post = submittedByStaff(WITH_NIK);
        review.load();
        assertThat(review.queue().get(0).blockingFindings()).isEqualTo(1);
        review.select(review.queue().get(0));
        answerAllReassuring();
        assertThat(review.openBlocks()).hasSize(1);
        assertThat(review.canApproveProperty().get()).isFalse();

        var nik = review.openBlocks().get(0);
        assertThat(nik.severity()).isEqualTo(Severity.BLOCK);
        review.override(nik, "pendek");
        assertThat(review.problemProperty().get()).contains("minimal 10 karakter");
        assertThat(review.openBlocks()).hasSize(1);

        review.override(nik, "Penerima sudah memberi izin tertulis untuk dipublikasikan.");
        assertThat(review.openBlocks()).isEmpty();
        assertThat(review.canApproveProperty().get()).isTrue();
        review.approve();
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.APPROVED);
    }

    @Test
    void requestingChangesNeedsAReasonAndSendsThePostBackToItsAuthor() {
        Post post = submittedByStaff(CLEAN);
        review.load();
        review.select(review.queue().get(0));
        review.requestChanges();
        assertThat(review.problemProperty().get()).isEqualTo(messages.format("workflow.error.reasonRequired", 10));
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.IN_REVIEW);

        review.decisionTextProperty().set("Tambahkan tautan jadwal resmi dan nomor layanan pengaduan.");
        review.requestChanges();
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.CHANGES_REQUESTED);
        assertThat(review.queue()).isEmpty();
    }

    @Test
    void aPostEditedMeanwhileRaisesAConflictWithBothVersionsAndIsNotApproved() {
        Post post = submittedByStaff(CLEAN);
        review.load();
        review.select(review.queue().get(0));
        answerAllReassuring();

        office.signIn(office.staff);
        Post current = office.reload(post.id());
        ws.workflow().editContent(new Post(current.id(), current.clientId(), current.campaignId(), current.title(),
                current.body() + " Pendaftaran dibuka mulai pukul 07.30 WIB.", current.contentType(), current.state(),
                current.hashtags(), current.media(), current.authorId(), current.createdAt(), current.updatedAt(),
                current.version()));
        office.signIn(office.supervisor);

        review.approve();
        assertThat(review.conflictProperty().get()).isNotNull();
        assertThat(review.conflictProperty().get().reviewed().body()).isEqualTo(CLEAN);
        assertThat(review.conflictProperty().get().current().body()).endsWith("07.30 WIB.");
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.IN_REVIEW);

        review.reloadAfterConflict();
        assertThat(review.conflictProperty().get()).isNull();
        assertThat(review.detailProperty().get().post().body()).endsWith("07.30 WIB.");
    }

    @Test
    void filtersNarrowTheQueueByClientAndAccount() {
        submittedByStaff(CLEAN);
        submittedByStaff(CLEAN.replace("Sukamaju", "Mekarsari"));
        review.load();
        assertThat(review.queue()).hasSize(2);
        assertThat(review.clients()).containsExactly(office.client.shortName());
        review.clientFilterProperty().set("Klien lain");
        assertThat(review.queue()).isEmpty();
        review.clientFilterProperty().set(null);
        review.accountFilterProperty().set(office.account.handle());
        assertThat(review.queue()).hasSize(2);
    }

    @Test
    void staffSeeNothingToReviewAndReviewerNotesStayPrivate() {
        Post post = submittedByStaff(CLEAN);
        review.load();
        review.select(review.queue().get(0));
        review.commentTextProperty().set("Cek ulang jam layanan dengan kelurahan.");
        review.reviewerNoteProperty().set(true);
        review.addComment();
        review.reviewerNoteProperty().set(false);
        review.commentTextProperty().set("Mohon tambahkan tautan jadwal.");
        review.addComment();
        assertThat(review.detailProperty().get().comments()).extracting(Comment::reviewerOnly).containsExactly(true, false);

        office.signIn(office.staff);
        ReviewViewModel staffDesk = new ReviewViewModel(ws.workflow(), new SameThreadTasks(), messages);
        staffDesk.load();
        assertThat(staffDesk.queue()).isEmpty();
        assertThat(ws.workflow().comments(post.id())).extracting(Comment::body).containsExactly("Mohon tambahkan tautan jadwal.");
    }

    @Test
    void onlyAnAdministratorTurnsSelfApprovalOnAndThenTheAuthorMayApprove() {
        var policy = new id.warta.ui.settings.ReviewPolicyViewModel(ws.workflow(), new SameThreadTasks(), messages);
        office.signIn(office.supervisor);
        policy.load();
        policy.selfApprovalProperty().set(true);
        assertThat(policy.messageProperty().get()).isEqualTo(messages.get("workflow.error.notAdmin"));
        assertThat(policy.selfApprovalProperty().get()).isFalse();
        assertThat(ws.workflow().selfApprovalAllowed()).isFalse();

        office.signIn(office.admin);
        policy.load();
        policy.selfApprovalProperty().set(true);
        assertThat(ws.workflow().selfApprovalAllowed()).isTrue();
        assertThat(policy.messageProperty().get()).contains("diizinkan");
    }
}
