package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.MediaRef;
import id.warta.domain.Post;
import id.warta.domain.Severity;
import id.warta.domain.UtmLink;
import id.warta.domain.WorkflowState;
import id.warta.service.EthicsService;
import id.warta.service.PostDraft;
import id.warta.service.PostDraftException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post's media and link saved by the editor's service, and what they do to review. */
class PostMediaAndLinkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("media.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        office.signIn(office.staff);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static PostDraft with(PostDraft d, List<MediaRef> media, UtmLink link) {
        return new PostDraft(d.postId(), d.version(), d.clientId(), d.campaignId(), d.title(), d.body(),
                d.contentType(), d.hashtags(), d.targets(), media, link);
    }

    @Test
    void changingTheMediaOfAnApprovedPostSendsItBackToReview() {
        Post approved = office.post(WorkflowState.APPROVED, WorkflowServiceTest.CLEAN);
        PostDraft opened = ws.editing().open(approved.id());

        Post saved = ws.editing().save(with(opened, List.of(new MediaRef("0123456789abcdef-poster.png",
                "Poster layanan")), opened.link()));

        assertThat(saved.state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(office.reload(approved.id()).media()).extracting(MediaRef::altText).containsExactly("Poster layanan");
    }

    @Test
    void theLinkIsStoredReplacedAndRemoved() {
        Post post = office.post(WorkflowState.DRAFT, WorkflowServiceTest.CLEAN);
        PostDraft opened = ws.editing().open(post.id());
        assertThat(opened.link()).isEqualTo(UtmLink.NONE);

        UtmLink link = new UtmLink("https://kotacontoh.go.id/ktp", "", "social", "ktp-keliling");
        ws.editing().save(with(opened, opened.media(), link));
        PostDraft again = ws.editing().open(post.id());
        assertThat(again.link()).isEqualTo(link);

        ws.editing().save(with(again, again.media(), UtmLink.NONE));
        assertThat(ws.editing().open(post.id()).link()).isEqualTo(UtmLink.NONE);
    }

    @Test
    void anInvalidLinkIsRefusedAndNothingIsSaved() {
        Post post = office.post(WorkflowState.DRAFT, WorkflowServiceTest.CLEAN);
        PostDraft opened = ws.editing().open(post.id());
        assertThatThrownBy(() -> ws.editing().save(with(opened, opened.media(),
                new UtmLink("www.kotacontoh.go.id", "", "social", ""))))
                .isInstanceOfSatisfying(PostDraftException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("editor.error.badLink"));
        assertThat(office.reload(post.id()).version()).isEqualTo(post.version());
    }

    @Test
    void theStoredCheckOfAPostWithAnImageWithoutAltTextBlocks() {
        Post post = office.post(WorkflowState.DRAFT, WorkflowServiceTest.CLEAN);
        PostDraft opened = ws.editing().open(post.id());
        ws.editing().save(with(opened, List.of(new MediaRef("0123456789abcdef-poster.jpg", "")), opened.link()));

        var record = ws.ethics().checkPost(post.id());

        assertThat(record.findings()).filteredOn(f -> f.ruleId().equals(EthicsService.ALT_TEXT_RULE))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
    }
}
