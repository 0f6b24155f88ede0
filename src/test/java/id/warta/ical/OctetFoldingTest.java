package id.warta.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OctetFoldingTest {

    @Test
    void foldsAt75OctetsWithoutSplittingCharactersAndUnfoldsToTheSameText() {
        String line = "DESCRIPTION:" + "Ayo vaksin 💉 di Puskesmas é ü 🇮🇩 ".repeat(12);
        byte[] folded = OctetFolding.fold(line + "\r\nEND:VEVENT\r\n");
        String text = new String(folded, StandardCharsets.UTF_8);
        for (String physical : text.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\uFFFD");
        }
        assertThat(text.replace("\r\n ", "")).isEqualTo(line + "\r\nEND:VEVENT\r\n");
        assertThat(folded).isEqualTo(new String(folded, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shortLinesAndLoneLineFeedsBecomeCrlfLines() {
        assertThat(new String(OctetFolding.fold("A:1\nB:2"), StandardCharsets.UTF_8)).isEqualTo("A:1\r\nB:2\r\n");
        assertThat(OctetFolding.fold("")).isEmpty();
        String exactly75 = "X".repeat(75);
        assertThat(new String(OctetFolding.fold(exactly75), StandardCharsets.UTF_8)).isEqualTo(exactly75 + "\r\n");
        String seventySix = "X".repeat(74) + "é";
        assertThat(new String(OctetFolding.fold(seventySix), StandardCharsets.UTF_8))
                .isEqualTo("X".repeat(74) + "\r\n é\r\n");
    }
}
