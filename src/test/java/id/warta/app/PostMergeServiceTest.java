package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.Post;
import id.warta.domain.ThreeWay.Pick;
import id.warta.domain.WorkflowState;
import id.warta.service.DraftMerge;
import id.warta.service.PostDraft;
import id.warta.service.PostGoneException;
import id.warta.service.SaveOutcome;
import id.warta.service.StaleVersionException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one SQLite file (two workspaces, two signed-in people) open the same post and
 * both save: one save goes through as typed, the other merges or reports the conflict.
 */
class PostMergeServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace sariDesk;
    SqliteWorkspace budiDesk;
    WorkflowFixture office;
    String postId;

    TwoDesks desks;

    @BeforeEach
    void open() {
        desks = new TwoDesks(dir.resolve("shared.db"), dir, CLOCK, "Perekaman KTP elektronik keliling hadir Sabtu ini.");
        sariDesk = desks.sari;
        budiDesk = desks.budi;
        office = desks.office;
        postId = desks.postId;
    }

    @AfterEach
    void close() {
        desks.close();
    }

    private static PostDraft with(PostDraft d, String title, String body, String notes) {
        return new PostDraft(d.postId(), d.version(), d.clientId(), d.campaignId(), title, body, d.contentType(),
                d.hashtags(), d.targets(), d.media(), d.link(), notes);
    }

    @Test
    void disjointEditsFromTwoDesktopsMergeSilentlyAndNameWhoSavedFirst() {
        PostDraft sariBase = sariDesk.editing().open(postId);
        PostDraft budiBase = budiDesk.editing().open(postId);

        SaveOutcome first = sariDesk.editing().saveMerging(sariBase,
                with(sariBase, sariBase.title(), "Perekaman KTP keliling hadir Sabtu dan Minggu.", ""), null);
        SaveOutcome second = budiDesk.editing().saveMerging(budiBase,
                with(budiBase, "Layanan KTP keliling akhir pekan", budiBase.body(), "Lokasi: alun-alun"), null);

        assertThat(first).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(second).isInstanceOfSatisfying(SaveOutcome.Merged.class, merged -> {
            assertThat(merged.other().savedBy()).isEqualTo("Sari Wulandari");
            assertThat(merged.other().savedAt()).isEqualTo(CLOCK.instant());
            assertThat(merged.stored().version()).isEqualTo(merged.post().version());
        });
        PostDraft stored = sariDesk.editing().open(postId);
        assertThat(stored.body()).isEqualTo("Perekaman KTP keliling hadir Sabtu dan Minggu.");
        assertThat(stored.title()).isEqualTo("Layanan KTP keliling akhir pekan");
        assertThat(stored.notes()).isEqualTo("Lokasi: alun-alun");
        assertThat(stored.version()).isEqualTo(sariBase.version() + 2);
    }

    @Test
    void editsOfTheSameFieldReportAConflictAndSaveNothingUntilAPersonChooses() {
        PostDraft sariBase = sariDesk.editing().open(postId);
        PostDraft budiBase = budiDesk.editing().open(postId);
        sariDesk.editing().saveMerging(sariBase, with(sariBase, "Judul Sari", "Isi dari Sari.", ""), null);

        SaveOutcome second = budiDesk.editing().saveMerging(budiBase,
                with(budiBase, budiBase.title(), "Isi dari Budi.", "Catatan Budi"), null);

        assertThat(second).isInstanceOf(SaveOutcome.Conflicted.class);
        DraftMerge merge = ((SaveOutcome.Conflicted) second).merge();
        assertThat(merge.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.key().field()).isEqualTo(DraftMerge.Field.BODY);
            assertThat(c.mine()).isEqualTo("Isi dari Budi.");
            assertThat(c.theirs()).isEqualTo("Isi dari Sari.");
        });
        assertThat(sariDesk.editing().open(postId).body()).as("nothing saved yet").isEqualTo("Isi dari Sari.");
        assertThat(sariDesk.editing().open(postId).notes()).isEmpty();

        PostDraft chosen = merge.resolved(Map.of(merge.conflicts().get(0).key(), Pick.MINE));
        assertThat(budiDesk.editing().saveMerging(merge.theirs(), chosen, null)).isInstanceOf(SaveOutcome.Saved.class);
        PostDraft stored = sariDesk.editing().open(postId);
        assertThat(stored.title()).isEqualTo("Judul Sari");
        assertThat(stored.body()).isEqualTo("Isi dari Budi.");
        assertThat(stored.notes()).isEqualTo("Catatan Budi");
    }

    @Test
    void aResolvedDraftWhoseRowMovedAgainIsMergedAgain() {
        PostDraft sariBase = sariDesk.editing().open(postId);
        PostDraft budiBase = budiDesk.editing().open(postId);
        sariDesk.editing().saveMerging(sariBase, with(sariBase, sariBase.title(), "Isi dari Sari.", ""), null);
        DraftMerge merge = ((SaveOutcome.Conflicted) budiDesk.editing().saveMerging(budiBase,
                with(budiBase, budiBase.title(), "Isi dari Budi.", ""), null)).merge();
        PostDraft sariNow = sariDesk.editing().open(postId);
        sariDesk.editing().saveMerging(sariNow, with(sariNow, "Judul baru Sari", sariNow.body(), ""), null);

        SaveOutcome again = budiDesk.editing().saveMerging(merge.theirs(),
                merge.resolved(Map.of(merge.conflicts().get(0).key(), Pick.MINE)), null);

        assertThat(again).isInstanceOf(SaveOutcome.Merged.class);
        PostDraft stored = sariDesk.editing().open(postId);
        assertThat(stored.title()).isEqualTo("Judul baru Sari");
        assertThat(stored.body()).isEqualTo("Isi dari Budi.");
    }

    @Test
    void aPostDeletedMeanwhileIsSaidToBeGoneAndNothingIsWritten() throws Exception {
        PostDraft budiBase = budiDesk.editing().open(postId);
        sariDesk.transactor().writeRun(() -> {
            try (var st = sariDesk.database().connection().prepareStatement("DELETE FROM post WHERE id = ?")) {
                st.setString(1, postId);
                st.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThatThrownBy(() -> budiDesk.editing().saveMerging(budiBase,
                with(budiBase, budiBase.title(), "Isi dari Budi.", ""), null))
                .isInstanceOf(PostGoneException.class)
                .satisfies(e -> assertThat(((PostGoneException) e).messageKey()).isEqualTo("editor.merge.gone"));
        assertThat(sariDesk.transactor().read(() -> new id.warta.persistence.JdbcPostRepository(sariDesk.database())
                .findById(postId))).isEmpty();
    }

    @Test
    void aWorkflowTransitionOnAStaleVersionIsRefusedNotMerged() {
        PostDraft budiBase = budiDesk.editing().open(postId);
        PostDraft sariBase = sariDesk.editing().open(postId);
        sariDesk.editing().saveMerging(sariBase, with(sariBase, sariBase.title(), "Isi dari Sari.", ""), null);

        assertThatThrownBy(() -> budiDesk.workflow().submit(postId, budiBase.version()))
                .isInstanceOf(StaleVersionException.class);
        Post stored = office.reload(postId);
        assertThat(stored.state()).isEqualTo(WorkflowState.DRAFT);

        Post submitted = sariDesk.workflow().submit(postId, stored.version());
        budiDesk.auth().current().signIn(office.supervisor);
        assertThatThrownBy(() -> budiDesk.workflow().requestChanges(postId, stored.version(), "Perbaiki judul"))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> budiDesk.workflow().reject(postId, stored.version(), "Tidak relevan"))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> budiDesk.workflow().approve(postId, stored.version(),
                WorkflowServiceTest.allReassuring(), "Siap tayang.")).isInstanceOf(StaleVersionException.class);
        assertThat(office.reload(postId).state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(office.reload(postId).version()).isEqualTo(submitted.version());
        assertThat(new id.warta.service.Messages(id.warta.service.Messages.ENGLISH)
                .describe(new StaleVersionException("post", postId, 1))).contains("Reload");
    }
}
