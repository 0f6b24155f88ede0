package id.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.ethics.EthicsChecker;
import id.warta.ethics.RulePackLoader;
import id.warta.ethics.WatchList;
import id.warta.ethics.WatchTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    private static EthicsChecker checker;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadPack() {
        checker = new EthicsChecker(new RulePackLoader().loadCurrent());
    }

    /** Captured result of one run. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }
    }

    private Run runWith(String stdin, BiFunction<Path, String, WatchList> watchLists, String... args) {
        CheckCommand command = new CheckCommand(checker,
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), watchLists);
        CommandLine cli = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return runWith("", null, args);
    }

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void cleanDraftPassesWithExitZeroAndDocumentedJson() throws IOException {
        String clean = file("clean.txt", "Posyandu buka Sabtu pukul 08.00 WIB di Balai Desa. Info: dinkes.lembaharum.go.id");

        Run run = run("--format", "json", clean);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode line = json.readTree(run.outLines().get(0));
        assertThat(line.get("input").asText()).isEqualTo(clean);
        assertThat(line.get("verdict").asText()).isEqualTo("PASS");
        assertThat(line.get("rulePack").asText()).isEqualTo("2026.1");
        assertThat(line.get("findings").isArray()).isTrue();
        assertThat(line.get("findings")).isEmpty();
    }

    @Test
    void blockingDraftExitsOneWithFindingFieldsInOrder() throws IOException {
        String text = "Penerima bantuan: Sariyem, NIK 3578996504920001. Terima kasih.";
        String blocked = file("nik.txt", text);

        Run run = run("--format", "json", "--lang", "en", blocked);

        assertThat(run.exit()).isEqualTo(1);
        JsonNode line = json.readTree(run.outLines().get(0));
        assertThat(line.get("verdict").asText()).isEqualTo("BLOCK");
        List<String> fields = new ArrayList<>();
        line.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("input", "verdict", "rulePack", "findings");
        JsonNode finding = line.get("findings").get(0);
        List<String> findingFields = new ArrayList<>();
        finding.fieldNames().forEachRemaining(findingFields::add);
        assertThat(findingFields).containsExactly("rule", "category", "principles", "severity", "start", "end", "excerpt", "message");
        assertThat(finding.get("rule").asText()).isEqualTo("pii.nik");
        assertThat(finding.get("category").asText()).isEqualTo("PERSONAL_DATA");
        assertThat(finding.get("principles").toString()).isEqualTo("[7,8]");
        int start = finding.get("start").asInt();
        int end = finding.get("end").asInt();
        assertThat(finding.get("excerpt").asText()).isEqualTo(text.substring(start, end)).isEqualTo("3578996504920001");
        assertThat(finding.get("message").asText()).contains("must not be published");
    }

    @Test
    void warnOnlyDraftExitsZeroWithWarnVerdict() throws IOException {
        String warn = file("time.txt", "SIM keliling hadir Sabtu pukul 08.00-12.00 di alun-alun.");

        Run run = run("--format", "json", warn);

        assertThat(run.exit()).isZero();
        assertThat(json.readTree(run.out()).get("verdict").asText()).isEqualTo("WARN");
    }

    @Test
    void offsetsAreUtf16AndExcerptIsExactWithEmoji() throws IOException {
        String text = "🎉🎉 Angka stunting turun jadi 12,3%!";
        String path = file("emoji.txt", text);

        JsonNode finding = json.readTree(run("--format", "json", path).out()).get("findings").get(0);

        int start = finding.get("start").asInt();
        assertThat(text.substring(start, finding.get("end").asInt())).isEqualTo("12,3%");
        assertThat(finding.get("excerpt").asText()).isEqualTo("12,3%");
    }

    @Test
    void keepsInputOrderAndReportsUncheckableInputsOnStderrWithExitTwo() throws IOException {
        String first = file("a.txt", "Jancuk, macet lagi!");
        String missing = dir.resolve("missing.txt").toString();
        String second = file("b.txt", "Selamat pagi, warga!");

        Run run = run("--format", "json", first, missing, second);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.outLines()).hasSize(2);
        assertThat(json.readTree(run.outLines().get(0)).get("input").asText()).isEqualTo(first);
        assertThat(json.readTree(run.outLines().get(1)).get("input").asText()).isEqualTo(second);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains(missing).doesNotContain("Exception");
    }

    @Test
    void refusesBinaryInvalidUtf8EmptyAndOversizedInputs() throws IOException {
        Path binary = dir.resolve("bin.dat");
        Files.write(binary, new byte[] {'a', 0, 'b'});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9});
        String empty = file("empty.txt", "");
        String blank = file("blank.txt", "  \n\t ");
        String huge = file("huge.txt", "a".repeat(DraftInput.MAX_CHARS + 1));
        String justRight = file("max.txt", "a ".repeat(DraftInput.MAX_CHARS / 2));

        Run run = run("--format", "json", "--lang", "en", binary.toString(), latin1.toString(), empty, blank, huge,
                dir.toString(), justRight);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.outLines()).hasSize(1);
        assertThat(json.readTree(run.outLines().get(0)).get("input").asText()).isEqualTo(justRight);
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(6);
        assertThat(errors.get(0)).startsWith("Binary file");
        assertThat(errors.get(1)).startsWith("Not valid UTF-8");
        assertThat(errors.get(2)).startsWith("Empty text");
        assertThat(errors.get(3)).startsWith("Empty text");
        assertThat(errors.get(4)).startsWith("Text too long");
        assertThat(errors.get(5)).startsWith("File cannot be read");
    }

    @Test
    void readsStandardInputForDash() throws IOException {
        Run run = runWith("Yang buang sampah sembarangan itu memang t0l0l!", null, "--format", "json", "-");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode line = json.readTree(run.out());
        assertThat(line.get("input").asText()).isEqualTo("-");
        assertThat(line.get("findings").get(0).get("excerpt").asText()).isEqualTo("t0l0l");
    }

    @Test
    void textFormatShowsVerdictExcerptAndMessageInIndonesianByDefault() throws IOException {
        String path = file("a.txt", "Jancuk, macet lagi!");

        Run run = run("--lang", "id", path);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(path + ": BLOCK").contains("insult.profanity 0-6 \"Jancuk\"")
                .contains("Kata kasar");
    }

    @Test
    void badUsageGivesOneLineAndExitTwo() throws IOException {
        String path = file("a.txt", "Halo warga.");

        for (String[] args : List.of(new String[] {"--format", "xml", path}, new String[] {"--lang", "fr", path},
                new String[] {"--channel", "myspace", path}, new String[] {"--type", "meme", path})) {
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines().toList()).as(String.join(" ", args)).hasSize(1);
            assertThat(run.out()).isEmpty();
        }
        assertThat(run(new String[0]).exit()).as("no FILE").isEqualTo(2);
    }

    @Test
    void channelLimitAppliesWhenChannelGiven() throws IOException {
        String path = file("long.txt", "Info layanan publik hari ini. ".repeat(12));

        Run run = run("--format", "json", "--channel", "x", path);

        assertThat(run.out()).contains("format.channel_length");
    }

    @Test
    void databaseOptionsAreRefusedUntilTheDatabaseIsWired() throws IOException {
        String path = file("a.txt", "Halo warga.");

        Run run = run("--db", dir.resolve("w.db").toString(), "--client", "Pemkab", path);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
    }

    @Test
    void injectedWatchListsApplyWithDbAndClient() throws IOException {
        String path = file("a.txt", "Peresmian Proyek Mercusuar Teluk dimulai pekan depan. Hubungi WA 0812-1111-2222.");
        BiFunction<Path, String, WatchList> lists = (db, client) -> new WatchList(
                List.of(new WatchTerm("Proyek Mercusuar", WatchTerm.Kind.SENSITIVE_PROJECT)), Set.of("0812-1111-2222"));

        Run run = runWith("", lists, "--format", "json", "--db", "w.db", "--client", "Pemkab", path);

        JsonNode findings = json.readTree(run.out()).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("rule").asText()).isEqualTo("client.sensitive_project");
    }
}
