package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Finding;
import id.warta.domain.Severity;
import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.editor.EditorViewModel;
import id.warta.ui.editor.TargetRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's view-model over the real services and a real database; no toolkit. */
class EditorViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String WITH_NIK = "Selamat kepada Ibu Wulan Sari, NIK 3522185310910913, penerima bantuan.";

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    final Messages messages = new Messages(Messages.INDONESIAN);

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("editor.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private EditorViewModel editor(BackgroundTasks checks) {
        return new EditorViewModel(ws.editing(), ws.ethics(), ws.workflow(), new SameThreadTasks(), checks, messages,
                CLOCK, WIB, ws.hashtagGroups(), ws.media(), new SameThreadTasks());
    }

    @Test
    void aNewPostIsCleanUntilTypedInAndCleanAgainAfterSaving() {
        office.signIn(office.staff);
        EditorViewModel model = editor(new SameThreadTasks());
        model.startNew();
        assertThat(model.clientProperty().get()).isEqualTo(office.client);
        assertThat(model.accounts()).containsExactly(office.account);
        assertThat(model.dirtyProperty().get()).isFalse();

        model.titleProperty().set("Layanan KTP keliling");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.titleProperty().set("");
        assertThat(model.dirtyProperty().get()).as("typing back to the saved text is not a change").isFalse();

        model.titleProperty().set("Layanan KTP keliling");
        model.bodyProperty().set("Perekaman KTP elektronik keliling hadir Sabtu ini.");
        model.addTarget(office.account).variantProperty().set("Versi Instagram");
        model.save();

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.isNew()).isFalse();
        assertThat(office.reload(model.postId()).state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(office.targets(model.postId())).singleElement()
                .satisfies(t -> assertThat(t.accountId()).isEqualTo(office.account.id()));

        model.bodyProperty().set("Perekaman KTP elektronik keliling hadir Minggu ini.");
        model.save();
        assertThat(office.reload(model.postId()).body()).contains("Minggu");
        assertThat(model.problemProperty().get()).as("the second save uses the new version").isEmpty();
    }

    @Test
    void notesAreUnsavedWorkUntilSavedAndComeBackWhenThePostIsOpenedAgain() {
        office.signIn(office.staff);
        EditorViewModel model = editor(new SameThreadTasks());
        model.startNew();
        model.titleProperty().set("Vaksinasi anak sekolah");
        model.bodyProperty().set("Jadwal vaksinasi di sekolah dasar pekan depan.");
        model.addTarget(office.account);
        model.save();
        assertThat(model.dirtyProperty().get()).isFalse();

        model.notesProperty().set("Tunggu konfirmasi jadwal dari Dinas Pendidikan.");
        assertThat(model.dirtyProperty().get()).as("notes are part of the post").isTrue();
        model.save();
        assertThat(model.dirtyProperty().get()).isFalse();

        EditorViewModel again = editor(new SameThreadTasks());
        again.open(model.postId());
        assertThat(again.notesProperty().get()).isEqualTo("Tunggu konfirmasi jadwal dari Dinas Pendidikan.");
        assertThat(again.dirtyProperty().get()).isFalse();
    }

    @Test
    void anOverlayEventBecomesAPostOnlyWhenTheUserSavesIt() {
        office.signIn(office.staff);
        EditorViewModel model = editor(new SameThreadTasks());
        model.startFrom("  Hari Ibu  ", java.time.LocalDate.of(2026, 12, 22));
        assertThat(model.titleProperty().get()).isEqualTo("Hari Ibu");
        assertThat(model.isNew()).isTrue();
        assertThat(model.dirtyProperty().get()).as("an unsaved post the editor asks about before closing").isTrue();
        TargetRow row = model.addTarget(office.account);
        assertThat(row.timeProperty().get()).as("on the event's day, at nine")
                .isEqualTo(java.time.LocalDateTime.of(2026, 12, 22, 9, 0));
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 22);
        assertThat(ws.planning().between(day, day, WIB)).as("nothing stored yet").isEmpty();

        model.bodyProperty().set("Selamat Hari Ibu untuk seluruh ibu di Indonesia.");
        model.save();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(office.reload(model.postId()).title()).isEqualTo("Hari Ibu");
        assertThat(ws.planning().between(day, day, WIB)).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Hari Ibu"));
    }

    @Test
    void anOpenedPostCanBeSubmittedWithItsBlockingFindingsCounted() {
        office.signIn(office.staff);
        var post = office.post(WorkflowState.DRAFT, WITH_NIK);
        EditorViewModel model = editor(new SameThreadTasks());
        model.open(post.id());

        assertThat(model.titleProperty().get()).isEqualTo(post.title());
        assertThat(model.targets()).singleElement().satisfies(t ->
                assertThat(t.account()).isEqualTo(office.account));
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.blockingProperty().get()).isPositive();

        model.submitForReview();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(office.reload(post.id()).state()).isEqualTo(WorkflowState.IN_REVIEW);
    }

    @Test
    void theCounterCountsTheWordingOrTheBodyAgainstTheChannelLimit() {
        office.signIn(office.staff);
        EditorViewModel model = editor(new SameThreadTasks());
        model.startNew();
        TargetRow instagram = model.addTarget(office.account);
        model.bodyProperty().set("a".repeat(2_201));

        assertThat(instagram.limit()).isEqualTo(2_200);
        assertThat(instagram.lengthBinding().get()).isEqualTo(2_201);
        assertThat(instagram.overLimitBinding().get()).isTrue();

        instagram.variantProperty().set("Pendek saja.");
        assertThat(instagram.lengthBinding().get()).isEqualTo(12);
        assertThat(instagram.overLimitBinding().get()).isFalse();
    }

    @Test
    void aLateResultOfAnOlderCheckIsDiscarded() {
        office.signIn(office.staff);
        HeldTasks checks = new HeldTasks();
        EditorViewModel model = editor(checks);
        model.startNew();
        model.bodyProperty().set(WITH_NIK);
        model.check();
        model.bodyProperty().set("Teks bersih tentang jadwal layanan.");
        model.check();

        checks.runLast();
        assertThat(model.findings()).isEmpty();
        checks.runAll();
        assertThat(model.findings()).as("the NIK result came back late and is stale").isEmpty();
        assertThat(model.blockingProperty().get()).isZero();

        model.bodyProperty().set(WITH_NIK);
        model.check();
        checks.runAll();
        assertThat(model.findings()).extracting(Finding::severity).contains(Severity.BLOCK);
        assertThat(model.blockingProperty().get()).isPositive();
    }

    @Test
    void staffOfAnotherClientSeesWhySavingWasRefused() {
        office.signIn(office.deputy);
        EditorViewModel model = editor(new SameThreadTasks());
        model.startNew();
        model.clientProperty().set(office.client);
        model.titleProperty().set("Bukan klien saya");
        model.save();

        assertThat(model.problemProperty().get()).isEqualTo(messages.get("workflow.denied.assignment"));
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.isNew()).isTrue();
    }

    /** Holds background work until the test runs it, in an order the test chooses. */
    private static final class HeldTasks implements BackgroundTasks {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void submit(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> onSuccess.accept(work.get()));
        }

        void runLast() {
            held.remove(held.size() - 1).run();
        }

        void runAll() {
            new ArrayList<>(held).forEach(Runnable::run);
            held.clear();
        }
    }
}
