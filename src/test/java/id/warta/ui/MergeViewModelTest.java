package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.SqliteWorkspace;
import id.warta.app.TwoDesks;
import id.warta.app.WorkflowFixture;
import id.warta.domain.ThreeWay.Pick;
import id.warta.service.DraftMerge;
import id.warta.service.Messages;
import id.warta.service.PostDraft;
import id.warta.service.PostEditingService;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.editor.EditorViewModel;
import id.warta.ui.editor.MergeViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's save when someone else saved first, and the merge dialog's view-model: two desktops
 * on one real SQLite file, no toolkit.
 */
class MergeViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    Path dir;
    SqliteWorkspace sariDesk;
    SqliteWorkspace budiDesk;
    WorkflowFixture office;
    String postId;
    final Messages messages = new Messages(Messages.INDONESIAN);
    final List<MergeViewModel> dialogs = new ArrayList<>();

    TwoDesks desks;

    @BeforeEach
    void open() {
        desks = new TwoDesks(dir.resolve("shared.db"), dir, CLOCK, "Perekaman KTP keliling hadir Sabtu ini.");
        sariDesk = desks.sari;
        budiDesk = desks.budi;
        office = desks.office;
        postId = desks.postId;
    }

    @AfterEach
    void close() {
        desks.close();
    }

    private EditorViewModel budisEditor() {
        EditorViewModel model = new EditorViewModel(budiDesk.editing(), budiDesk.ethics(), budiDesk.workflow(),
                new SameThreadTasks(), new SameThreadTasks(), messages, CLOCK, WIB, budiDesk.hashtagGroups(),
                budiDesk.media(), new SameThreadTasks());
        model.setOnConflict(dialogs::add);
        model.open(postId);
        return model;
    }

    private void sariSaves(String title, String body) {
        PostEditingService editing = sariDesk.editing();
        PostDraft d = editing.open(postId);
        editing.save(new PostDraft(d.postId(), d.version(), d.clientId(), d.campaignId(), title, body,
                d.contentType(), d.hashtags(), d.targets(), d.media(), d.link(), d.notes()));
    }

    private PostDraft stored() {
        return sariDesk.editing().open(postId);
    }

    @Test
    void disjointChangesAreMergedSilentlyAndTheStatusSaysWhose() {
        EditorViewModel budi = budisEditor();
        sariSaves("Layanan KTP keliling", "Perekaman KTP keliling hadir Sabtu dan Minggu.");

        budi.titleProperty().set("Layanan KTP keliling akhir pekan");
        budi.save();

        assertThat(dialogs).isEmpty();
        assertThat(budi.problemProperty().get()).isEmpty();
        assertThat(budi.statusProperty().get()).startsWith("Digabung dengan perubahan dari Sari Wulandari");
        assertThat(budi.bodyProperty().get()).as("the editor shows the merged post")
                .isEqualTo("Perekaman KTP keliling hadir Sabtu dan Minggu.");
        assertThat(budi.dirtyProperty().get()).isFalse();
        assertThat(stored().title()).isEqualTo("Layanan KTP keliling akhir pekan");
        assertThat(stored().body()).isEqualTo("Perekaman KTP keliling hadir Sabtu dan Minggu.");

        budi.notesProperty().set("Lokasi: alun-alun");
        budi.save();
        assertThat(budi.statusProperty().get()).as("the next save is a plain one on the new version")
                .contains("tersimpan");
        assertThat(stored().notes()).isEqualTo("Lokasi: alun-alun");
    }

    @Test
    void aConflictOpensTheDialogWhoseChoicesAreSavedAndShownInTheEditor() {
        EditorViewModel budi = budisEditor();
        sariSaves("Layanan KTP keliling", "Isi dari Sari.");
        budi.bodyProperty().set("Isi dari Budi.");
        budi.notesProperty().set("Catatan Budi");

        budi.save();

        assertThat(dialogs).hasSize(1);
        MergeViewModel merge = dialogs.get(0);
        assertThat(merge.rows()).singleElement().satisfies(row -> {
            assertThat(row.key().field()).isEqualTo(DraftMerge.Field.BODY);
            assertThat(row.label()).isEqualTo("Isi");
            assertThat(row.mine()).isEqualTo("Isi dari Budi.");
            assertThat(row.theirs()).isEqualTo("Isi dari Sari.");
            assertThat(row.base()).isEqualTo("Perekaman KTP keliling hadir Sabtu ini.");
            assertThat(row.resultProperty().get()).isEqualTo("Isi dari Budi.");
        });
        assertThat(merge.storedByProperty().get()).startsWith("disimpan oleh Sari Wulandari");
        assertThat(stored().body()).as("nothing saved while the dialog is open").isEqualTo("Isi dari Sari.");
        assertThat(budi.busyProperty().get()).isTrue();

        merge.useAllTheirs();
        assertThat(merge.rows().get(0).resultProperty().get()).isEqualTo("Isi dari Sari.");
        merge.save();

        assertThat(merge.finishedProperty().get()).isTrue();
        assertThat(stored().body()).isEqualTo("Isi dari Sari.");
        assertThat(stored().notes()).isEqualTo("Catatan Budi");
        assertThat(budi.bodyProperty().get()).isEqualTo("Isi dari Sari.");
        assertThat(budi.notesProperty().get()).isEqualTo("Catatan Budi");
        assertThat(budi.dirtyProperty().get()).isFalse();
        assertThat(budi.busyProperty().get()).isFalse();
        assertThat(budi.problemProperty().get()).isEmpty();
    }

    @Test
    void cancellingSavesNothingAndKeepsMyText() {
        EditorViewModel budi = budisEditor();
        sariSaves("Layanan KTP keliling", "Isi dari Sari.");
        budi.bodyProperty().set("Isi dari Budi.");
        budi.save();

        dialogs.get(0).cancel();

        assertThat(stored().body()).isEqualTo("Isi dari Sari.");
        assertThat(budi.bodyProperty().get()).isEqualTo("Isi dari Budi.");
        assertThat(budi.dirtyProperty().get()).isTrue();
        assertThat(budi.busyProperty().get()).isFalse();
        assertThat(budi.problemProperty().get()).contains("belum disimpan");
    }

    @Test
    void aPostThatMovesAgainWhileChoosingIsMergedAgainWithTheChoicesMade() {
        EditorViewModel budi = budisEditor();
        sariSaves("Layanan KTP keliling", "Isi dari Sari.");
        budi.titleProperty().set("Judul Budi");
        budi.bodyProperty().set("Isi dari Budi.");
        budi.save();
        MergeViewModel merge = dialogs.get(0);
        merge.rows().get(0).pickProperty().set(Pick.MINE);
        sariSaves("Judul Sari", "Isi dari Sari.");

        merge.save();

        assertThat(merge.finishedProperty().get()).isFalse();
        assertThat(merge.problemProperty().get()).contains("Sari Wulandari");
        assertThat(merge.rows()).as("the body was decided; only the title conflicts now")
                .extracting(r -> r.key().field()).containsExactly(DraftMerge.Field.TITLE);
        assertThat(merge.rows().get(0).theirs()).isEqualTo("Judul Sari");
        assertThat(stored().title()).isEqualTo("Judul Sari");

        merge.rows().get(0).pickProperty().set(Pick.THEIRS);
        merge.save();

        assertThat(merge.finishedProperty().get()).isTrue();
        assertThat(stored().title()).isEqualTo("Judul Sari");
        assertThat(stored().body()).isEqualTo("Isi dari Budi.");
        assertThat(budi.titleProperty().get()).isEqualTo("Judul Sari");
    }

    @Test
    void autosaveNeverOpensTheDialogButSaysThatAChoiceIsWaiting() {
        EditorViewModel budi = budisEditor();
        sariSaves("Layanan KTP keliling", "Isi dari Sari.");
        budi.bodyProperty().set("Isi dari Budi.");

        budi.autosave();

        assertThat(dialogs).isEmpty();
        assertThat(budi.problemProperty().get()).contains("Sari Wulandari").contains("Simpan");
        assertThat(budi.busyProperty().get()).isFalse();
        assertThat(stored().body()).isEqualTo("Isi dari Sari.");
    }

    @Test
    void aDeletedPostReadsAsGoneInBothLanguages() {
        var gone = new id.warta.service.PostGoneException();
        assertThat(id.warta.ui.common.ErrorText.of(gone, messages)).contains("dihapus").contains("tetap di editor");
        assertThat(id.warta.ui.common.ErrorText.of(gone, new Messages(Messages.ENGLISH)))
                .contains("deleted or is no longer visible");
    }
}
