package id.warta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEntry draft = new AuditEntry(0, "id-" + i, Instant.parse("2026-11-23T01:00:00Z").plusSeconds(i), "sari",
                    "post.edit", "post", "p-" + i, "{\"title\":\"lama\"}", "{\"title\":\"baru " + i + "\"}",
                    AuditChain.GENESIS, "");
            entries.add(AuditChain.link(entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(i - 1)), draft));
        }
        return entries;
    }

    private static AuditEntry withActor(AuditEntry e, String actor) {
        return new AuditEntry(e.seq(), e.id(), e.at(), actor, e.action(), e.entityType(), e.entityId(), e.before(),
                e.after(), e.prevHash(), e.hash());
    }

    @Test
    void anAppendedChainVerifiesAndReportsItsHead() {
        List<AuditEntry> entries = chain(5);
        assertThat(entries.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(3).prevHash()).isEqualTo(entries.get(2).hash());
        AuditChain.Verification v = AuditChain.verify(entries, Optional.empty());
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.head()).isEqualTo(entries.get(4).hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void anAlteredEntryIsNamed() {
        List<AuditEntry> entries = chain(5);
        entries.set(2, withActor(entries.get(2), "mallory"));
        AuditChain.Verification v = AuditChain.verify(entries, Optional.empty());
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenSeq()).isEqualTo(3);
        assertThat(v.brokenId()).isEqualTo("id-2");
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void aDeletedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        AuditChain.Verification v = AuditChain.verify(entries, Optional.empty());
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenSeq()).isEqualTo(3);
        assertThat(v.reason()).contains("entry 2 is missing");
    }

    @Test
    void reorderedEntriesAreFound() {
        List<AuditEntry> entries = chain(5);
        Collections.swap(entries, 1, 3);
        assertThat(AuditChain.verify(entries, Optional.empty()).intact()).isFalse();
    }

    @Test
    void renumberingToHideADeletionBreaksTheLinks() {
        List<AuditEntry> entries = chain(4);
        AuditEntry third = entries.get(2);
        entries.remove(1);
        entries.set(1, new AuditEntry(2, third.id(), third.at(), third.actor(), third.action(), third.entityType(),
                third.entityId(), third.before(), third.after(), third.prevHash(), third.hash()));
        AuditChain.Verification v = AuditChain.verify(entries, Optional.empty());
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenSeq()).isEqualTo(2);
    }

    @Test
    void entriesCutOffTheEndAreFoundOnlyWithTheExpectedHead() {
        List<AuditEntry> entries = chain(5);
        String head = entries.get(4).hash();
        List<AuditEntry> cut = entries.subList(0, 3);
        assertThat(AuditChain.verify(cut, Optional.empty()).intact()).isTrue();
        AuditChain.Verification v = AuditChain.verify(cut, Optional.of(head));
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).contains("expected head");
        assertThat(AuditChain.verify(entries, Optional.of(head.toUpperCase())).intact()).isTrue();
    }

    @Test
    void theCanonicalFormIsStableAndLengthPrefixed() {
        AuditEntry e = new AuditEntry(7, "abc", Instant.parse("2026-11-23T01:02:03.456Z"), "sari", "post.approve", "post",
                "p-1", "", "{\"a\":\"x\\ny\"}", AuditChain.GENESIS, "");
        assertThat(AuditChain.canonical(e)).isEqualTo("warta-audit-v1\n7\nabc\n2026-11-23T01:02:03.456Z\n4:sari\n"
                + "12:post.approve\n4:post\n3:p-1\n0:\n12:{\"a\":\"x\\ny\"}\n" + AuditChain.GENESIS);
        // A known vector, so another implementation (docs/audit.md) can check itself.
        assertThat(AuditChain.hashOf(e)).isEqualTo("92c1273c6a0c39a4e5fe51e9d2052957d621742c72078ecc87f5700df8b24924");
    }
}
