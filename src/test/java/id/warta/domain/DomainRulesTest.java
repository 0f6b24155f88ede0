package id.warta.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    private static Post post(String title, String body) {
        return new Post(Ids.newId(), "c", null, title, body, ContentType.EDUCATIONAL, WorkflowState.DRAFT, List.of("#a"),
                List.of(), null, NOW, NOW, 0);
    }

    @Test
    void hugeBodyIsRefusedNotTruncated() {
        String huge = "a".repeat(Post.MAX_BODY_LENGTH + 1);
        assertThatThrownBy(() -> post("Judul", huge)).isInstanceOf(IllegalArgumentException.class);
        assertThat(post("Judul", "a".repeat(Post.MAX_BODY_LENGTH)).body()).hasSize(Post.MAX_BODY_LENGTH);
    }

    @Test
    void absurdPublicationTimesAreRefused() {
        assertThatThrownBy(() -> PostTarget.create("p", "a", Instant.parse("+20266-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostTarget.create("p", "a", Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PostTarget.create("p", "a", NOW).scheduledAt()).isEqualTo(NOW);
    }

    @Test
    void blankTitleIsRefused() {
        assertThatThrownBy(() -> post("  ", "isi")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void campaignCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> Campaign.create("c", "Imunisasi", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountZonesMapToIndonesianZoneIds() {
        assertThat(AccountZone.WIB.zoneId().getId()).isEqualTo("Asia/Jakarta");
        assertThat(AccountZone.WITA.zoneId().getId()).isEqualTo("Asia/Makassar");
        assertThat(AccountZone.WIT.zoneId().getId()).isEqualTo("Asia/Jayapura");
        assertThat(AccountZone.fromZoneId("Asia/Makassar")).contains(AccountZone.WITA);
    }

    @Test
    void channelsKnowTheirLimitsAndCodes() {
        assertThat(Channel.X.textLimit()).isEqualTo(280);
        assertThat(Channel.THREADS.textLimit()).isEqualTo(500);
        assertThat(Channel.fromCode("whatsapp_channel")).contains(Channel.WHATSAPP_CHANNEL);
        assertThat(Channel.values()).hasSize(10);
    }
}
