package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's theme is AtlantaFX's stylesheet in JavaFX's binary form (src/main/resources/css/atlantafx/*.bss),
 * which loads without parsing. This test keeps it equal, rule by rule, to the CSS in the AtlantaFX jar on the class
 * path, so an AtlantaFX upgrade cannot leave a stale copy. To regenerate after an upgrade, run it with
 * {@code -Dwarta.regenerateThemes=true} (it then writes the files and passes).
 */
class BinaryThemesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theBinaryThemeHoldsTheSameRulesAsAtlantaFxCss(String theme) throws Exception {
        URL css = atlantafx.base.theme.PrimerLight.class.getResource("/atlantafx/base/theme/primer-" + theme + ".css");
        assertThat(css).isNotNull();
        if (Boolean.getBoolean("warta.regenerateThemes")) {
            Path source = dir.resolve("primer-" + theme + ".css");
            try (InputStream in = css.openStream()) {
                Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
            }
            Stylesheet.convertToBinary(source.toFile(),
                    Path.of("src/main/resources/css/atlantafx/primer-" + theme + ".bss").toFile());
            return;
        }
        URL bss = getClass().getResource("/css/atlantafx/primer-" + theme + ".bss");
        assertThat(bss).as("binary theme in the resources").isNotNull();
        List<String> expected = texts(new CssParser().parse(css).getRules());
        List<String> actual = texts(Stylesheet.loadBinary(bss).getRules());
        assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
    }

    private static List<String> texts(List<Rule> rules) {
        return rules.stream().map(Rule::toString).toList();
    }
}
