package id.warta.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VariantWriterTest {

    @Test
    void compactKeepsWithinTheLimitAndCutsAtAWord() {
        String body = "SIARAN PERS\nInstansi\n\n" + "Kalimat panjang tentang layanan publik 🙌 ".repeat(30)
                + "\n\nInfo: https://contoh.go.id/berita";
        String x = VariantWriter.compact("Judul Uji", body, List.of("#Satu", "#Dua", "#Tiga"), 280);
        assertThat(x.length()).isLessThanOrEqualTo(280);
        assertThat(x).startsWith("Judul Uji").contains("…").contains("https://contoh.go.id/berita")
                .endsWith("#Satu #Dua").doesNotContain("SIARAN PERS");
        assertThat(x.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                .isEqualTo(x.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
    }

    @Test
    void compactLeavesOutATitleTheTextAlreadyOpensWith() {
        String x = VariantWriter.compact("[HOAKS] Klaim", "[HOAKS] Beredar klaim.\n\nFaktanya, tidak benar.",
                List.of(), 280);
        assertThat(x).isEqualTo("[HOAKS] Beredar klaim.\n\nFaktanya, tidak benar.");
    }
}
