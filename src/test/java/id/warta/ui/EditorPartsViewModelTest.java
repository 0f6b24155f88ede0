package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.app.DataPaths;
import id.warta.app.SqliteWorkspace;
import id.warta.app.WorkflowFixture;
import id.warta.domain.Finding;
import id.warta.domain.MediaRef;
import id.warta.domain.Severity;
import id.warta.domain.UtmLink;
import id.warta.service.EthicsService;
import id.warta.service.Messages;
import id.warta.ui.common.SameThreadTasks;
import id.warta.ui.editor.EditorViewModel;
import id.warta.ui.editor.MediaItem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's media, link and hashtag groups over the real services and database; no toolkit. */
class EditorPartsViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), WIB);

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    final Messages messages = new Messages(Messages.INDONESIAN);

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("parts.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        office.signIn(office.staff);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private EditorViewModel editor() {
        return new EditorViewModel(ws.editing(), ws.ethics(), ws.workflow(), new SameThreadTasks(),
                new SameThreadTasks(), messages, CLOCK, WIB, ws.hashtagGroups(), ws.media(), new SameThreadTasks());
    }

    private Path png(String name) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private static List<Finding> altFindings(EditorViewModel model) {
        return model.findings().stream().filter(f -> f.ruleId().equals(EthicsService.ALT_TEXT_RULE)).toList();
    }

    @Test
    void anImageWithoutAltTextBlocksUntilItGetsOne() throws IOException {
        EditorViewModel model = editor();
        model.startNew();
        model.titleProperty().set("Poster vaksinasi");
        model.bodyProperty().set("Jadwal vaksinasi Sabtu ini.");
        model.check();
        int before = model.blockingProperty().get();

        model.media().attach(List.of(png("poster.png")));

        assertThat(model.media().items()).singleElement().satisfies(m -> {
            assertThat(m.isImage()).isTrue();
            assertThat(m.needsAltTextBinding().get()).isTrue();
        });
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(altFindings(model)).singleElement().satisfies(f ->
                assertThat(f.severity()).isEqualTo(Severity.BLOCK));
        assertThat(model.blockingProperty().get()).isEqualTo(before + 1);
        assertThat(model.media().imagesWithoutAltTextBinding().get()).isEqualTo(1);

        model.media().items().get(0).altTextProperty().set("Poster jadwal vaksinasi anak di puskesmas");
        model.check();
        assertThat(altFindings(model)).isEmpty();
        assertThat(model.blockingProperty().get()).isEqualTo(before);
        assertThat(model.media().imagesWithoutAltTextBinding().get()).isZero();
    }

    @Test
    void badFilesAreRefusedWithAMessageAndGoodOnesStillAttach() throws IOException {
        EditorViewModel model = editor();
        model.startNew();
        Path fake = Files.writeString(dir.resolve("palsu.png"), "teks");
        model.media().attach(List.of(fake, dir.resolve("hilang.jpg"), png("asli.png")));

        assertThat(model.media().items()).extracting(MediaItem::displayName).containsExactly("asli.png");
        assertThat(model.media().problemProperty().get())
                .contains("palsu.png").contains("bukan gambar")
                .contains("hilang.jpg").contains("tidak ditemukan");
        assertThat(model.media().busyProperty().get()).isFalse();
    }

    @Test
    void mediaLinkAndOrderAreSavedAndAMovedCopyShowsAsMissing() throws IOException {
        EditorViewModel model = editor();
        model.startNew();
        model.titleProperty().set("Dua poster");
        model.addTarget(office.account);
        model.media().attach(List.of(png("satu.png"), png("dua.png")));
        model.media().items().forEach(m -> m.altTextProperty().set("Poster " + m.displayName()));
        model.media().move(model.media().items().get(1), -1);
        model.utm().urlProperty().set("https://kotacontoh.go.id/vaksin?ref=ig#jadwal");
        model.save();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(office.reload(model.postId()).media()).extracting(MediaRef::altText)
                .containsExactly("Poster dua.png", "Poster satu.png");

        Path firstCopy = ws.media().resolve(model.media().items().get(0).location());
        Files.delete(firstCopy);
        EditorViewModel reopened = editor();
        reopened.open(model.postId());

        assertThat(reopened.media().items()).extracting(MediaItem::displayName).containsExactly("dua.png", "satu.png");
        assertThat(reopened.media().items()).extracting(m -> m.missingProperty().get()).containsExactly(true, false);
        assertThat(reopened.utm().link()).isEqualTo(new UtmLink("https://kotacontoh.go.id/vaksin?ref=ig#jadwal", "",
                "social", ""));
        assertThat(reopened.utm().previews()).singleElement().satisfies(p -> assertThat(p.url())
                .isEqualTo("https://kotacontoh.go.id/vaksin?ref=ig&utm_source=instagram&utm_medium=social#jadwal"));
        assertThat(reopened.dirtyProperty().get()).isFalse();

        reopened.media().remove(reopened.media().items().get(0));
        assertThat(reopened.dirtyProperty().get()).isTrue();
        reopened.save();
        assertThat(office.reload(model.postId()).media()).extracting(MediaRef::altText)
                .containsExactly("Poster satu.png");
    }

    @Test
    void anInvalidLinkIsShownAndRefusedOnSave() {
        EditorViewModel model = editor();
        model.startNew();
        model.titleProperty().set("Tautan salah");
        model.utm().urlProperty().set("kotacontoh.go.id/tanpa skema");
        assertThat(model.utm().problemBinding().get()).contains("Tautan tidak valid");
        assertThat(model.utm().previews()).isEmpty();
        model.save();
        assertThat(model.problemProperty().get()).contains("Tautan tidak valid");
        assertThat(model.isNew()).isTrue();
    }

    @Test
    void aHashtagGroupIsInsertedWithoutRepeatingTagsAndSavedFromThePost() {
        EditorViewModel model = editor();
        model.startNew();
        ws.hashtagGroups().add(office.client.id(), "Kesehatan", "#Sehat #Vaksin #Puskesmas");
        model.hashtagGroups().reload();
        assertThat(model.hashtagGroups().groups()).singleElement();

        model.hashtagsProperty().set("#vaksin #KotaContoh");
        model.hashtagGroups().insert(model.hashtagGroups().groups().get(0));
        assertThat(model.hashtagsProperty().get()).isEqualTo("#vaksin #KotaContoh #Sehat #Puskesmas");

        model.hashtagGroups().saveCurrentAs("Kesehatan", () -> { });
        assertThat(model.problemProperty().get()).as("the name is taken").contains("Kesehatan");
        model.hashtagGroups().saveCurrentAs("Kota", () -> { });
        assertThat(model.hashtagGroups().groups()).extracting(g -> g.name()).containsExactly("Kesehatan", "Kota");
        assertThat(model.hashtagGroups().groups().get(1).tags()).hasSize(4);

        model.hashtagGroups().delete(model.hashtagGroups().groups().get(0), () -> { });
        assertThat(model.hashtagGroups().groups()).extracting(g -> g.name()).containsExactly("Kota");
    }

    @Test
    void theSettingsManageTheGroupsOfAChosenClient() {
        var settings = id.warta.ui.editor.HashtagGroupsViewModel.standalone(ws.hashtagGroups(), new SameThreadTasks(),
                messages);
        ws.hashtagGroups().add(office.otherClient.id(), "Dinkes", "#Sehat");
        settings.loadClients(ws.ethics()::clients);
        assertThat(settings.clients()).contains(office.client, office.otherClient);

        settings.clientProperty().set(office.otherClient);
        assertThat(settings.groups()).extracting(g -> g.name()).containsExactly("Dinkes");
        settings.update(settings.groups().get(0), "Dinkes sehat", "#Sehat #Vaksin", () -> { });
        assertThat(ws.hashtagGroups().groupsOf(office.otherClient.id())).singleElement()
                .satisfies(g -> assertThat(g.text()).isEqualTo("#Sehat #Vaksin"));

        settings.clientProperty().set(office.client);
        assertThat(settings.groups()).isEmpty();
    }
}
