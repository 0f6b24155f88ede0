package id.warta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelPreviewTest {
    @Test
    void aLongCaptionIsCutAtAWordWithMore() {
        String text = "Vaksinasi gratis untuk anak usia sekolah hadir di seluruh puskesmas Kota Contoh mulai "
                + "Senin depan; bawa kartu keluarga dan buku KIA agar pendaftaran berjalan cepat dan tertib.";
        String shown = ChannelPreview.cut(Channel.INSTAGRAM, text, "\u2026 lainnya");
        assertThat(shown).endsWith("\u2026 lainnya");
        String visible = shown.substring(0, shown.length() - "\u2026 lainnya".length());
        assertThat(visible.length()).isLessThanOrEqualTo(ChannelPreview.visibleLength(Channel.INSTAGRAM));
        assertThat(text).startsWith(visible);
        assertThat(text.charAt(visible.length())).as("cut at a space").isEqualTo(' ');
    }

    @Test
    void aShortCaptionAndUnlimitedChannelsAreShownWhole() {
        assertThat(ChannelPreview.cut(Channel.X, "Pendek saja.", "\u2026")).isEqualTo("Pendek saja.");
        assertThat(ChannelPreview.cut(Channel.WEBSITE, "a".repeat(5_000), "\u2026")).hasSize(5_000);
    }

    @Test
    void everyChannelOfTheEditorCutsWithinItsLimit() {
        for (Channel c : List.of(Channel.INSTAGRAM, Channel.X, Channel.FACEBOOK, Channel.TIKTOK, Channel.LINKEDIN,
                Channel.YOUTUBE, Channel.THREADS)) {
            assertThat(ChannelPreview.visibleLength(c)).isLessThanOrEqualTo(c.textLimit());
        }
    }

    @Test
    void hashtagsAreParsedOnceWithOneHash() {
        assertThat(HashtagGroup.parseTags("#Sehat, sehat ##Vaksin  #Sehat"))
                .containsExactly("#Sehat", "#Vaksin");
    }
}
