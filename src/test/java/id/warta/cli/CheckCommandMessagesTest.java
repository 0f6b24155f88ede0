package id.warta.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The check command's bundles: same keys in Indonesian and English, every key used exists, none unused. */
class CheckCommandMessagesTest {

    @Test
    void bundlesMatchEachOtherAndTheKeysTheCodeUses() throws IOException {
        Set<String> indonesian = keys("/i18n/ethics_cli.properties");
        Set<String> english = keys("/i18n/ethics_cli_en.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(check\\.[a-zA-Z0-9.]+)\"");
        for (String source : new String[] {"CheckCommand.java", "DraftInput.java"}) {
            Matcher m = key.matcher(Files.readString(Path.of("src/main/java/id/warta/cli", source)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }

        assertThat(english).as("keys in English").isEqualTo(indonesian);
        assertThat(indonesian).as("every used key exists").containsAll(used);
        assertThat(used).as("no unused keys").containsAll(indonesian);
    }

    private Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
