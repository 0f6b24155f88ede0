package id.warta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UtmLinkTest {
    private static UtmLink link(String url) {
        return new UtmLink(url, "", UtmLink.DEFAULT_MEDIUM, "");
    }

    @Test
    void theChannelAndTheCampaignAreTheDefaults() {
        assertThat(link("https://kotacontoh.go.id/layanan").finalUrl(Channel.INSTAGRAM, "Bulan Imunisasi 2026"))
                .isEqualTo("https://kotacontoh.go.id/layanan?utm_source=instagram&utm_medium=social"
                        + "&utm_campaign=bulan-imunisasi-2026");
        assertThat(link("https://kotacontoh.go.id/").finalUrl(Channel.X, null))
                .as("no campaign: no utm_campaign").isEqualTo("https://kotacontoh.go.id/?utm_source=x&utm_medium=social");
    }

    @Test
    void parametersGoAfterAnExistingQueryAndBeforeTheFragment() {
        assertThat(link("https://kotacontoh.go.id/berita?id=42&lang=id#jadwal").finalUrl(Channel.FACEBOOK, "Mudik"))
                .isEqualTo("https://kotacontoh.go.id/berita?id=42&lang=id&utm_source=facebook&utm_medium=social"
                        + "&utm_campaign=mudik#jadwal");
        assertThat(link("https://kotacontoh.go.id/#top").finalUrl(Channel.X, null))
                .isEqualTo("https://kotacontoh.go.id/?utm_source=x&utm_medium=social#top");
        assertThat(link("https://kotacontoh.go.id/a?#b").finalUrl(Channel.X, null))
                .as("an empty query is not doubled").isEqualTo("https://kotacontoh.go.id/a?utm_source=x&utm_medium=social#b");
    }

    @Test
    void utmParametersAlreadyInTheLinkAreReplacedNotDoubled() {
        String url = new UtmLink("https://a.go.id/p?utm_source=old&x=1&UTM_MEDIUM=email", "", "social", "")
                .finalUrl(Channel.THREADS, null);
        assertThat(url).isEqualTo("https://a.go.id/p?x=1&utm_source=threads&utm_medium=social");
    }

    @Test
    void spacesAndIndonesianCharactersAreEncoded() {
        UtmLink typed = new UtmLink("https://kotacontoh.go.id/", "Buletin Dinas", "social", "Hari Pahlawan & Éra Baru");
        assertThat(typed.finalUrl(Channel.INSTAGRAM, null)).isEqualTo("https://kotacontoh.go.id/?utm_source=Buletin%20Dinas"
                + "&utm_medium=social&utm_campaign=Hari%20Pahlawan%20%26%20%C3%89ra%20Baru");
        assertThat(UtmLink.slug("Hari Santri Nasional — É 2026!")).isEqualTo("hari-santri-nasional-e-2026");
    }

    @Test
    void onlyFullHttpAddressesAreValid() {
        assertThat(link("https://kotacontoh.go.id").isValid()).isTrue();
        assertThat(link("").isValid()).as("no link is fine").isTrue();
        assertThat(link("kotacontoh.go.id/layanan").isValid()).isFalse();
        assertThat(link("ftp://kotacontoh.go.id").isValid()).isFalse();
        assertThat(link("https://kota contoh.go.id").isValid()).isFalse();
        assertThat(link("https://").isValid()).isFalse();
        assertThat(link("https://exa mple.go.id/").finalUrl(Channel.X, null)).isEmpty();
    }
}
