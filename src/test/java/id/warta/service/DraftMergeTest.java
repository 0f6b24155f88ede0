package id.warta.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.ContentType;
import id.warta.domain.MediaRef;
import id.warta.domain.ThreeWay.Pick;
import id.warta.domain.UtmLink;
import id.warta.service.DraftMerge.Field;
import id.warta.service.DraftMerge.Key;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three-way merge of everything the editor holds for a post; plain values, no database. */
class DraftMergeTest {
    private static final Instant NINE = Instant.parse("2026-12-04T02:00:00Z");
    private static final Instant TEN = NINE.plusSeconds(3600);
    private static final Instant ELEVEN = TEN.plusSeconds(3600);
    private static final PostDraft.TargetLine IG = new PostDraft.TargetLine("ig", NINE, "");
    private static final PostDraft.TargetLine FB = new PostDraft.TargetLine("fb", NINE, "Versi Facebook");

    private static PostDraft base(long version) {
        return new PostDraft("p1", version, "c1", "camp1", "Layanan KTP keliling", "Isi awal.",
                ContentType.ANNOUNCEMENT, List.of("#KTP"), List.of(IG, FB),
                List.of(new MediaRef("poster.png", "Poster layanan"), new MediaRef("peta.png", "")),
                new UtmLink("https://kominfo.example.go.id/ktp", "", "social", ""), "Catatan awal");
    }

    private static final PostDraft BASE = base(3);

    private static Builder from(PostDraft d) {
        return new Builder(d);
    }

    /** A changed copy of a draft, one field at a time. */
    private static final class Builder {
        String title, body, campaign, notes;
        ContentType type;
        List<String> tags;
        List<PostDraft.TargetLine> targets;
        List<MediaRef> media;
        UtmLink link;
        long version;

        Builder(PostDraft d) {
            title = d.title();
            body = d.body();
            campaign = d.campaignId();
            notes = d.notes();
            type = d.contentType();
            tags = d.hashtags();
            targets = d.targets();
            media = d.media();
            link = d.link();
            version = d.version();
        }

        Builder title(String v) { title = v; return this; }
        Builder body(String v) { body = v; return this; }
        Builder campaign(String v) { campaign = v; return this; }
        Builder notes(String v) { notes = v; return this; }
        Builder type(ContentType v) { type = v; return this; }
        Builder tags(String... v) { tags = List.of(v); return this; }
        Builder targets(PostDraft.TargetLine... v) { targets = List.of(v); return this; }
        Builder media(MediaRef... v) { media = List.of(v); return this; }
        Builder link(UtmLink v) { link = v; return this; }
        Builder version(long v) { version = v; return this; }

        PostDraft draft() {
            return new PostDraft("p1", version, "c1", campaign, title, body, type, tags, targets, media, link, notes);
        }
    }

    @Test
    void disjointChangesMergeWithoutConflictOnTheStoredVersion() {
        PostDraft mine = from(BASE).body("Isi baru dari saya.").tags("#KTP", "#Dukcapil").draft();
        PostDraft theirs = from(BASE).version(4).title("Layanan KTP keliling Sabtu").notes("Cek jadwal").draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.hasConflicts()).isFalse();
        PostDraft merged = merge.merged();
        assertThat(merged.version()).as("saved on the new version").isEqualTo(4);
        assertThat(merged.body()).isEqualTo("Isi baru dari saya.");
        assertThat(merged.hashtags()).containsExactly("#KTP", "#Dukcapil");
        assertThat(merged.title()).isEqualTo("Layanan KTP keliling Sabtu");
        assertThat(merged.notes()).isEqualTo("Cek jadwal");
        assertThat(merged.campaignId()).isEqualTo("camp1");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        PostDraft mine = from(BASE).type(ContentType.INFOGRAPHIC).campaign(null).draft();
        PostDraft theirs = from(BASE).version(4).type(ContentType.INFOGRAPHIC).campaign(null).draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(merge.merged().contentType()).isEqualTo(ContentType.INFOGRAPHIC);
        assertThat(merge.merged().campaignId()).isNull();
    }

    @Test
    void differentChangesToOneFieldAreAConflictWithBaseMineAndTheirs() {
        PostDraft mine = from(BASE).body("Versi saya.").title("Judul saya").draft();
        PostDraft theirs = from(BASE).version(4).body("Versi mereka.").link(UtmLink.NONE).draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(new Key(Field.BODY, ""));
            assertThat(c.base()).isEqualTo("Isi awal.");
            assertThat(c.mine()).isEqualTo("Versi saya.");
            assertThat(c.theirs()).isEqualTo("Versi mereka.");
        });
        assertThatThrownBy(merge::merged).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> merge.resolved(Map.of())).isInstanceOf(IllegalArgumentException.class);
        PostDraft picked = merge.resolved(Map.of(new Key(Field.BODY, ""), Pick.THEIRS));
        assertThat(picked.body()).isEqualTo("Versi mereka.");
        assertThat(picked.title()).as("non-conflicting fields still merge").isEqualTo("Judul saya");
        assertThat(picked.link()).isEqualTo(UtmLink.NONE);
        assertThat(merge.resolvedAll(Pick.MINE).body()).isEqualTo("Versi saya.");
    }

    @Test
    void aTrailingSpaceInMyTitleIsNotAChange() {
        PostDraft base = from(BASE).title("Layanan KTP keliling ").draft();
        PostDraft mine = from(BASE).title("Judul saya").draft();
        PostDraft theirs = from(BASE).version(4).draft();

        assertThat(DraftMerge.of(base, mine, theirs).merged().title()).isEqualTo("Judul saya");
    }

    @Test
    void publicationsMergeTimeAndWordingPerAccount() {
        PostDraft mine = from(BASE).targets(new PostDraft.TargetLine("ig", TEN, ""), FB).draft();
        PostDraft theirs = from(BASE).version(4)
                .targets(new PostDraft.TargetLine("ig", NINE, "Versi Instagram"), FB).draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(merge.merged().targets()).containsExactly(new PostDraft.TargetLine("ig", TEN, "Versi Instagram"), FB);
    }

    @Test
    void bothMovingOnePublicationDifferentlyIsATimeConflictForThatAccount() {
        PostDraft mine = from(BASE).targets(new PostDraft.TargetLine("ig", TEN, ""), FB).draft();
        PostDraft theirs = from(BASE).version(4).targets(new PostDraft.TargetLine("ig", ELEVEN, ""), FB).draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(new Key(Field.TIME, "ig"));
            assertThat(List.of(c.base(), c.mine(), c.theirs())).containsExactly(NINE, TEN, ELEVEN);
        });
        assertThat(merge.resolved(Map.of(new Key(Field.TIME, "ig"), Pick.THEIRS)).targets().get(0).scheduledAt())
                .isEqualTo(ELEVEN);
    }

    @Test
    void accountsAddedOrRemovedOnOneSideFollowThatSide() {
        PostDraft.TargetLine x = new PostDraft.TargetLine("x", TEN, "");
        PostDraft mine = from(BASE).targets(IG, FB, x).draft();
        PostDraft theirs = from(BASE).version(4).targets(IG).draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(merge.merged().targets()).containsExactly(IG, x);
    }

    @Test
    void removingAnAccountTheOtherSideRewordedIsAConflictOnThatPublication() {
        PostDraft mine = from(BASE).targets(IG).draft();
        PostDraft.TargetLine reworded = new PostDraft.TargetLine("fb", NINE, "Versi Facebook baru");
        PostDraft theirs = from(BASE).version(4).targets(IG, reworded).draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(new Key(Field.PUBLICATION, "fb"));
            assertThat(c.mine()).isNull();
            assertThat(c.theirs()).isEqualTo(reworded);
        });
        assertThat(merge.resolved(Map.of(new Key(Field.PUBLICATION, "fb"), Pick.MINE)).targets()).containsExactly(IG);
        assertThat(merge.resolved(Map.of(new Key(Field.PUBLICATION, "fb"), Pick.THEIRS)).targets())
                .containsExactly(IG, reworded);
    }

    @Test
    void altTextsMergePerFileAndDisjointMediaChangesKeepTheOtherSidesAlt() {
        PostDraft mine = from(BASE).media(new MediaRef("poster.png", "Poster layanan"),
                new MediaRef("peta.png", "Peta lokasi")).draft();
        PostDraft theirs = from(BASE).version(4).media(new MediaRef("poster.png", "Poster layanan KTP"),
                new MediaRef("peta.png", "")).draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.hasConflicts()).isFalse();
        assertThat(merge.merged().media()).containsExactly(new MediaRef("poster.png", "Poster layanan KTP"),
                new MediaRef("peta.png", "Peta lokasi"));
    }

    @Test
    void oneAltTextChangedOnBothSidesIsAConflictForThatFileOnly() {
        PostDraft mine = from(BASE).media(new MediaRef("poster.png", "Poster A"), new MediaRef("peta.png", "")).draft();
        PostDraft theirs = from(BASE).version(4).media(new MediaRef("poster.png", "Poster B"),
                new MediaRef("peta.png", "")).draft();

        assertThat(DraftMerge.of(BASE, mine, theirs).conflicts()).singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo(new Key(Field.ALT_TEXT, "poster.png")));
    }

    @Test
    void differentChangesToTheMediaListAreOneConflictOnTheList() {
        PostDraft mine = from(BASE).media(new MediaRef("poster.png", "Poster layanan")).draft();
        PostDraft theirs = from(BASE).version(4).media(new MediaRef("poster.png", "Poster layanan"),
                new MediaRef("peta.png", ""), new MediaRef("video.mp4", "")).draft();

        DraftMerge merge = DraftMerge.of(BASE, mine, theirs);

        assertThat(merge.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo(new Key(Field.MEDIA, "")));
        assertThat(merge.resolved(Map.of(new Key(Field.MEDIA, ""), Pick.THEIRS)).media()).hasSize(3);
    }

    @Test
    void everyConflictingPostFieldIsListedInEditorOrder() {
        PostDraft mine = from(BASE).title("T1").body("B1").type(ContentType.VIDEO).campaign("camp2").tags("#a")
                .link(new UtmLink("https://a.example.go.id", "", "social", "")).notes("N1").draft();
        PostDraft theirs = from(BASE).version(4).title("T2").body("B2").type(ContentType.LIVE).campaign(null)
                .tags("#b").link(UtmLink.NONE).notes("N2").draft();

        assertThat(DraftMerge.of(BASE, mine, theirs).conflicts()).extracting(c -> c.key().field())
                .containsExactly(Field.TITLE, Field.BODY, Field.CONTENT_TYPE, Field.CAMPAIGN, Field.HASHTAGS,
                        Field.LINK, Field.NOTES);
    }
}
