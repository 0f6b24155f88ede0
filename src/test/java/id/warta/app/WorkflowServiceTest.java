package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.ChecklistAnswer;
import id.warta.domain.Checklist;
import id.warta.domain.Finding;
import id.warta.domain.PermissionDenied;
import id.warta.domain.Post;
import id.warta.domain.ReviewDecision;
import id.warta.domain.ReviewOutcome;
import id.warta.domain.Severity;
import id.warta.domain.WordDiff;
import id.warta.domain.WorkflowState;
import id.warta.service.Comment;
import id.warta.service.ReviewDetail;
import id.warta.service.ReviewItem;
import id.warta.service.StaleVersionException;
import id.warta.service.WorkflowException;
import id.warta.service.WorkflowService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review workflow through the service, as each kind of user, on a real database. */
class WorkflowServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String CLEAN = "Layanan perekaman KTP elektronik keliling hadir di Kelurahan Sukamaju pada Sabtu, "
            + "5 Desember 2026 pukul 08.00-12.00 WIB. Bawa fotokopi kartu keluarga. Jadwal lengkap di situs resmi "
            + "Disdukcapil Kota Contoh.";
    static final String WITH_NIK = "Selamat kepada Ibu Wulan Sari, NIK 3522185310910913, penerima bantuan bulan ini.";

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    WorkflowService workflow;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("alur.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        workflow = ws.workflow();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Checklist allReassuring() {
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (int p = 1; p <= Checklist.PRINCIPLES; p++) {
            answers.add(new ChecklistAnswer(p, Checklist.reassuringAnswer(p), ""));
        }
        return Checklist.of(answers);
    }

    private Post submitted(String body) {
        Post draft = office.post(WorkflowState.DRAFT, body);
        office.signIn(office.staff);
        return workflow.submit(draft.id(), draft.version());
    }

    /** Asserts the action is refused for the given reason and that neither the post nor the audit trail moved. */
    private void refusedWithoutChange(Post post, ThrowingCallable action, Consumer<WorkflowException> reason) {
        long entries = office.auditCount();
        assertThatThrownBy(action).isInstanceOfSatisfying(WorkflowException.class, reason);
        assertThat(office.reload(post.id())).isEqualTo(post);
        assertThat(office.auditCount()).isEqualTo(entries);
    }

    private static Consumer<WorkflowException> denied(PermissionDenied why) {
        return e -> assertThat(e.messageKey()).isEqualTo(why.messageKey());
    }

    private static Consumer<WorkflowException> reason(WorkflowException.Reason why) {
        return e -> assertThat(e.reason()).isEqualTo(why);
    }

    @Test
    void staffSubmitsAndTheSupervisorApprovesWithTheChecklist() {
        Post inReview = submitted(CLEAN);
        assertThat(inReview.state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(ws.ethics().latestCheckOf(inReview.id())).isPresent();

        office.signIn(office.supervisor);
        List<ReviewItem> queue = workflow.queue();
        assertThat(queue).extracting(i -> i.post().id()).containsExactly(inReview.id());
        assertThat(queue.get(0).authorName()).isEqualTo("Sari Wulandari");

        Post approved = workflow.approve(inReview.id(), inReview.version(), allReassuring(), "Siap tayang.");
        assertThat(approved.state()).isEqualTo(WorkflowState.APPROVED);
        ReviewDecision decision = workflow.detail(approved.id()).decisions().get(0);
        assertThat(decision.outcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(decision.reviewerId()).isEqualTo(office.supervisor.id());
        assertThat(decision.checklist()).hasSize(8);
        assertThat(decision.rulePack()).isNotBlank();
        assertThat(decision.onBehalfOf()).isNull();
        assertThat(decision.selfApproved()).isFalse();
        assertThat(workflow.queue()).isEmpty();
        var verification = ws.audit().verify(Optional.empty());
        assertThat(verification.intact()).isTrue();
        assertThat(ws.transactor().read(() -> new id.warta.persistence.JdbcAuditRepository(ws.database())
                .about("post", approved.id()))).extracting(e -> e.action())
                .contains("post.submit", "review.approved", "post.approve");
    }

    @Test
    void staffCallingTheServiceDirectlyCannotApprove() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.otherStaff);
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), allReassuring(), ""),
                denied(PermissionDenied.ROLE_MISSING));
        assertThat(workflow.queue()).isEmpty();
    }

    @Test
    void aSupervisorOfAnotherClientCannotApprove() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.otherSupervisor);
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), allReassuring(), ""),
                denied(PermissionDenied.NOT_ASSIGNED));
    }

    @Test
    void theAuthorCannotApproveTheirOwnPostUnlessTheAdminAllowsItAndThenItIsMarked() {
        ws.transactor().writeRun(() -> new id.warta.persistence.JdbcUserRepository(ws.database()).save(
                new id.warta.domain.User(office.supervisor.id(), office.supervisor.username(),
                        office.supervisor.displayName(), java.util.EnumSet.of(id.warta.domain.Role.SUPERVISOR,
                        id.warta.domain.Role.STAFF), true, office.supervisor.version())));
        Post draft = office.post(WorkflowState.DRAFT, CLEAN, office.supervisor);
        office.signIn(ws.transactor().read(() -> new id.warta.persistence.JdbcUserRepository(ws.database())
                .findById(office.supervisor.id())).orElseThrow());
        Post inReview = workflow.submit(draft.id(), draft.version());
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), allReassuring(), ""),
                denied(PermissionDenied.OWN_POST));

        assertThatThrownBy(() -> workflow.setSelfApprovalAllowed(true)).isInstanceOfSatisfying(WorkflowException.class,
                reason(WorkflowException.Reason.NOT_ADMIN));
        office.signIn(office.admin);
        workflow.setSelfApprovalAllowed(true);
        office.signIn(ws.transactor().read(() -> new id.warta.persistence.JdbcUserRepository(ws.database())
                .findById(office.supervisor.id())).orElseThrow());
        Post approved = workflow.approve(inReview.id(), inReview.version(), allReassuring(), "");
        assertThat(workflow.detail(approved.id()).decisions().get(0).selfApproved()).isTrue();
    }

    @Test
    void theChecklistMustBeCompleteAndConcernsExplained() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.supervisor);
        List<ChecklistAnswer> seven = new ArrayList<>(allReassuring().answers());
        seven.remove(7);
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), Checklist.of(seven), ""),
                e -> assertThat(e.arguments()).containsExactly("8"));

        List<ChecklistAnswer> concern = new ArrayList<>(allReassuring().answers());
        concern.set(2, new ChecklistAnswer(3, true, "ok"));
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), Checklist.of(concern),
                ""), reason(WorkflowException.Reason.CHECKLIST_UNEXPLAINED));

        concern.set(2, new ChecklistAnswer(3, true, "Data sudah diizinkan Kepala Dinas, nota 12/2026"));
        assertThat(workflow.approve(inReview.id(), inReview.version(), Checklist.of(concern), "").state())
                .isEqualTo(WorkflowState.APPROVED);
    }

    @Test
    void aBlockingFindingStopsApprovalUntilAReviewerOverridesItWithAReason() {
        Post inReview = submitted(WITH_NIK);
        Finding nik = ws.ethics().latestCheckOf(inReview.id()).orElseThrow().findings().stream()
                .filter(f -> f.severity() == Severity.BLOCK).findFirst().orElseThrow();
        office.signIn(office.supervisor);
        assertThat(workflow.queue().get(0).blockingFindings()).isPositive();
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), allReassuring(), ""),
                reason(WorkflowException.Reason.OPEN_BLOCKS));

        assertThatThrownBy(() -> workflow.overrideFinding(inReview.id(), nik.ruleId(), nik.excerpt(), "ok"))
                .isInstanceOfSatisfying(WorkflowException.class, reason(WorkflowException.Reason.REASON_REQUIRED));
        office.signIn(office.staff);
        assertThatThrownBy(() -> workflow.overrideFinding(inReview.id(), nik.ruleId(), nik.excerpt(),
                "Penerima sudah memberi izin tertulis")).isInstanceOf(WorkflowException.class);
        office.signIn(office.supervisor);
        ws.ethics().latestCheckOf(inReview.id()).orElseThrow().findings().stream()
                .filter(f -> f.severity() == Severity.BLOCK)
                .forEach(f -> workflow.overrideFinding(inReview.id(), f.ruleId(), f.excerpt(),
                        "Penerima sudah memberi izin tertulis, surat 7/2026"));

        Post approved = workflow.approve(inReview.id(), inReview.version(), allReassuring(), "");
        assertThat(approved.state()).isEqualTo(WorkflowState.APPROVED);
        ReviewDetail detail = workflow.detail(approved.id());
        assertThat(detail.overrides()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.userId()).isEqualTo(office.supervisor.id());
            assertThat(o.rulePack()).isEqualTo(detail.check().orElseThrow().rulePack());
        });
    }

    @Test
    void requestingChangesAndRejectingNeedAWrittenReason() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.supervisor);
        refusedWithoutChange(inReview, () -> workflow.requestChanges(inReview.id(), inReview.version(), " "),
                reason(WorkflowException.Reason.REASON_REQUIRED));
        refusedWithoutChange(inReview, () -> workflow.reject(inReview.id(), inReview.version(), "tidak"),
                reason(WorkflowException.Reason.REASON_REQUIRED));
        Post back = workflow.requestChanges(inReview.id(), inReview.version(), "Tambahkan jam layanan dan zona waktu.");
        assertThat(back.state()).isEqualTo(WorkflowState.CHANGES_REQUESTED);
        office.signIn(office.staff);
        Post again = workflow.submit(back.id(), back.version());
        office.signIn(office.supervisor);
        Post rejected = workflow.reject(again.id(), again.version(), "Materi ini bukan kewenangan dinas kita.");
        assertThat(rejected.state()).isEqualTo(WorkflowState.REJECTED);
        assertThat(workflow.detail(rejected.id()).decisions()).extracting(ReviewDecision::outcome)
                .containsExactly(ReviewOutcome.CHANGES_REQUESTED, ReviewOutcome.REJECTED);

        office.signIn(office.staff);
        refusedWithoutChange(rejected, () -> workflow.reopen(rejected.id(), rejected.version()),
                denied(PermissionDenied.ROLE_MISSING));
        office.signIn(office.admin);
        assertThat(workflow.reopen(rejected.id(), rejected.version()).state()).isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void aDelegateApprovesOnBehalfOfTheSupervisorOnlyWhileTheDelegationRuns() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.deputy);
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), allReassuring(), ""),
                denied(PermissionDenied.ROLE_MISSING));
        office.delegate(office.supervisor, office.deputy, TODAY.minusDays(10), TODAY.minusDays(1), false);
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), allReassuring(), ""),
                denied(PermissionDenied.ROLE_MISSING));
        office.delegate(office.supervisor, office.deputy, TODAY, TODAY.plusDays(5), true);
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), allReassuring(), ""),
                denied(PermissionDenied.ROLE_MISSING));

        office.delegate(office.supervisor, office.deputy, TODAY.minusDays(1), TODAY.plusDays(5), false);
        List<ReviewItem> queue = workflow.queue();
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).onBehalfOf()).contains("Ratna Dewi");
        Post approved = workflow.approve(inReview.id(), inReview.version(), allReassuring(), "");
        assertThat(workflow.detail(approved.id()).decisions().get(0).onBehalfOf()).isEqualTo(office.supervisor.id());
    }

    @Test
    void aStaleVersionIsAConflictNotAnOverwrite() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.supervisor);
        Post first = workflow.requestChanges(inReview.id(), inReview.version(), "Perlu sumber resmi di akhir teks.");
        long entries = office.auditCount();
        assertThatThrownBy(() -> workflow.reject(inReview.id(), inReview.version(), "Ditolak karena sudah basi."))
                .isInstanceOf(StaleVersionException.class);
        assertThat(office.reload(inReview.id())).isEqualTo(first);
        assertThat(office.auditCount()).isEqualTo(entries);
    }

    @Test
    void editingAnApprovedPostSendsItBackToReviewWithAWordDiff() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.supervisor);
        Post approved = workflow.approve(inReview.id(), inReview.version(), allReassuring(), "");
        office.signIn(office.staff);
        String newBody = CLEAN.replace("Sabtu", "Minggu");
        Post edited = workflow.editContent(new Post(approved.id(), approved.clientId(), approved.campaignId(),
                approved.title(), newBody, approved.contentType(), approved.state(), approved.hashtags(),
                approved.media(), approved.authorId(), approved.createdAt(), approved.updatedAt(), approved.version()));
        assertThat(edited.state()).isEqualTo(WorkflowState.IN_REVIEW);
        office.signIn(office.supervisor);
        List<WordDiff.Segment> diff = workflow.detail(edited.id()).changesSinceApproval();
        assertThat(diff).contains(new WordDiff.Segment(WordDiff.Kind.REMOVED, "Sabtu,"),
                new WordDiff.Segment(WordDiff.Kind.ADDED, "Minggu,"));
    }

    @Test
    void movingAnApprovedPostSendsItBackToReview() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.supervisor);
        Post approved = workflow.approve(inReview.id(), inReview.version(), allReassuring(), "");
        office.signIn(office.staff);
        var target = office.targets(approved.id()).get(0);
        workflow.reschedule(target.id(), approved.id(), target.version(), target.scheduledAt().plusSeconds(3600));
        assertThat(office.reload(approved.id()).state()).isEqualTo(WorkflowState.IN_REVIEW);
    }

    @Test
    void publishingNeedsALiveAddressForEveryPublication() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.supervisor);
        Post approved = workflow.approve(inReview.id(), inReview.version(), allReassuring(), "");
        office.signIn(office.staff);
        Post scheduled = workflow.markScheduled(approved.id(), approved.version());
        String targetId = office.targets(scheduled.id()).get(0).id();
        refusedWithoutChange(scheduled, () -> workflow.markPublished(scheduled.id(), scheduled.version(), Map.of()),
                reason(WorkflowException.Reason.LIVE_URL_REQUIRED));
        refusedWithoutChange(scheduled, () -> workflow.markPublished(scheduled.id(), scheduled.version(),
                Map.of(targetId, "javascript:alert(1)")), reason(WorkflowException.Reason.LIVE_URL_INVALID));
        Post published = workflow.markPublished(scheduled.id(), scheduled.version(),
                Map.of(targetId, "https://www.instagram.com/p/Cx12345/"));
        assertThat(published.state()).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(office.targets(published.id()).get(0).liveUrl()).isEqualTo("https://www.instagram.com/p/Cx12345/");
    }

    @Test
    void aDeactivatedUserLosesTheirRightsAtOnce() {
        Post inReview = submitted(CLEAN);
        office.signIn(office.supervisor);
        office.deactivate(office.supervisor);
        refusedWithoutChange(inReview, () -> workflow.approve(inReview.id(), inReview.version(), allReassuring(), ""),
                denied(PermissionDenied.INACTIVE_USER));
    }

    @Test
    void nobodySignedInCanDoNothing() {
        Post draft = office.post(WorkflowState.DRAFT, CLEAN);
        ws.auth().current().signOut();
        refusedWithoutChange(draft, () -> workflow.submit(draft.id(), draft.version()),
                reason(WorkflowException.Reason.NOT_SIGNED_IN));
    }

    @Test
    void aMoveOutsideTheTableIsRefused() {
        Post draft = office.post(WorkflowState.DRAFT, CLEAN);
        office.signIn(office.supervisor);
        refusedWithoutChange(draft, () -> workflow.approve(draft.id(), draft.version(), allReassuring(), ""),
                denied(PermissionDenied.TRANSITION_NOT_ALLOWED));
    }

    @Test
    void cancellingNeedsAReasonAndIsForTheAuthorOrASupervisor() {
        Post draft = office.post(WorkflowState.DRAFT, CLEAN);
        office.signIn(office.otherStaff);
        refusedWithoutChange(draft, () -> workflow.cancel(draft.id(), draft.version(), "Acara dibatalkan panitia."),
                denied(PermissionDenied.NOT_AUTHOR));
        office.signIn(office.staff);
        refusedWithoutChange(draft, () -> workflow.cancel(draft.id(), draft.version(), ""),
                reason(WorkflowException.Reason.REASON_REQUIRED));
        assertThat(workflow.cancel(draft.id(), draft.version(), "Acara dibatalkan panitia.").state())
                .isEqualTo(WorkflowState.CANCELLED);
    }

    @Test
    void reviewerNotesAreHiddenFromStaff() {
        Post inReview = submitted(CLEAN);
        workflow.addComment(inReview.id(), "Sudah saya cek ke Disdukcapil.", false);
        assertThatThrownBy(() -> workflow.addComment(inReview.id(), "Catatan internal", true))
                .isInstanceOf(WorkflowException.class);
        office.signIn(office.supervisor);
        workflow.addComment(inReview.id(), "Penulis baru, dampingi saat revisi.", true);
        assertThat(workflow.comments(inReview.id())).extracting(Comment::body)
                .containsExactly("Sudah saya cek ke Disdukcapil.", "Penulis baru, dampingi saat revisi.");
        office.signIn(office.staff);
        assertThat(workflow.comments(inReview.id())).extracting(Comment::body)
                .containsExactly("Sudah saya cek ke Disdukcapil.");
        assertThat(workflow.detail(inReview.id()).comments()).hasSize(1);
    }
}
