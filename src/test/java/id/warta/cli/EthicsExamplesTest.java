package id.warta.cli;

import id.warta.ethics.EthicsChecker;
import id.warta.ethics.RulePackLoader;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code check --format json docs/examples/ethics/*.txt} as docs/ethics.md shows it and
 * compares with the JSON printed there, so the documentation cannot drift from the rule pack.
 */
class EthicsExamplesTest {
    private static final Path EXAMPLES = Path.of("docs", "examples", "ethics");
    private static final Path DOC = Path.of("docs", "ethics.md");
    private static final String BEGIN = "<!-- ethics-examples:begin -->";
    private static final String END = "<!-- ethics-examples:end -->";

    @Test
    void checkCommandPrintsExactlyTheDocumentedJson() throws IOException {
        List<String> args = new ArrayList<>(List.of("--format", "json"));
        // The shell expands docs/examples/ethics/*.txt in name order, relative to the project folder.
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(f -> f.toString().replace('\\', '/'))
                    .forEach(args::add);
        }
        assertThat(args).as("example drafts in " + EXAMPLES).hasSizeGreaterThan(4);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        Locale before = Locale.getDefault();
        // The documented output was produced with an English system language.
        Locale.setDefault(Locale.ENGLISH);
        try {
            CommandLine cli = new CommandLine(new CheckCommand(new EthicsChecker(new RulePackLoader().loadCurrent()),
                    () -> new ByteArrayInputStream(new byte[0]), null));
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            exit = cli.execute(args.toArray(String[]::new));
        } finally {
            Locale.setDefault(before);
        }

        assertThat(err.toString()).isEmpty();
        assertThat(exit).as("exit status documented in docs/ethics.md").isEqualTo(1);
        assertThat(lines(out.toString()))
                .as("output of `check --format json docs/examples/ethics/*.txt`; paste the new output into " + DOC)
                .containsExactlyElementsOf(documentedLines());
    }

    private static List<String> documentedLines() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as(BEGIN + " in " + DOC).isNotNegative();
        assertThat(end).as(END + " in " + DOC).isGreaterThan(begin);
        List<String> block = new ArrayList<>();
        for (String line : lines(doc.substring(begin + BEGIN.length(), end))) {
            if (!line.startsWith("```")) {
                block.add(line);
            }
        }
        return block;
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
