package id.warta.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void latestEqualsTheHighestMigrationFile() throws Exception {
        Path root = Path.of(SchemaVersionTest.class.getResource("/db/migration").toURI());
        int highest;
        try (Stream<Path> files = Files.walk(root)) {
            highest = files.map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElse(0);
        }
        assertThat(SchemaVersion.latest()).isEqualTo(highest);
    }

}
