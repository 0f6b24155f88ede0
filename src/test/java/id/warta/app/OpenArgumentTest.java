package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.cli.CliContext;
import id.warta.cli.WartaCommand;
import id.warta.service.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the file manager's "open with Warta" passes ({@code warta FILE.ics}), its long form {@code --open FILE.ics},
 * and the checks on it before any window opens; and the sentence for a file that is not iCalendar.
 */
class OpenArgumentTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final List<String> launches = new ArrayList<>();
    private final Messages messages = new Messages(Messages.ENGLISH);

    private int run(String... args) {
        CliContext context = new CliContext(f -> {
            throw new AssertionError("no database is opened by the window command itself");
        }, messages, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        WartaCommand command = new WartaCommand(context, (db, probe, open) -> {
            launches.add(db.getFileName() + " " + probe + " " + (open == null ? "-" : open.toString()));
            return 0;
        }, dir.resolve("warta.db"));
        return new CommandLine(command).execute(args);
    }

    private Path ics(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aFileArgumentIsPassedToTheWindowAsAnAbsolutePath() throws Exception {
        Path file = ics("libur.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        assertThat(run(file.toString())).isZero();
        assertThat(run("--open", file.toString(), "--db", dir.resolve("other.db").toString())).isZero();
        assertThat(launches).containsExactly("warta.db false " + file.toAbsolutePath(),
                "other.db false " + file.toAbsolutePath());
    }

    @Test
    void withoutAFileTheWindowOpensAsBefore() {
        assertThat(run("--startup-probe")).isZero();
        assertThat(launches).containsExactly("warta.db true -");
    }

    @Test
    void aMissingFileIsRefusedBeforeAnyWindowOpens() {
        assertThat(run(dir.resolve("gone.ics").toString())).isEqualTo(2);
        assertThat(launches).isEmpty();
        assertThat(err.toString()).contains("gone.ics").doesNotContain("Exception");
    }

    @Test
    void theFileIsGivenOnceOnly() throws Exception {
        Path file = ics("a.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        assertThat(run("--open", file.toString(), file.toString())).isEqualTo(2);
        assertThat(launches).isEmpty();
        assertThat(err.toString()).contains("--open");
    }

    @Test
    void anICalendarFileIsOfferedAndAnythingElseIsRefusedWithItsName() throws Exception {
        assertThat(OpenFileImport.refusal(ics("ok.ics", "\uFEFFBEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), messages)).isEmpty();
        assertThat(OpenFileImport.refusal(ics("lower.ics", "\r\nbegin:vcalendar\r\n"), messages)).isEmpty();
        assertThat(OpenFileImport.refusal(ics("notes.ics", "Rapat hari Senin\n"), messages))
                .hasValueSatisfying(t -> assertThat(t).contains("notes.ics", "not an iCalendar"));
        assertThat(OpenFileImport.refusal(ics("empty.ics", ""), messages))
                .hasValueSatisfying(t -> assertThat(t).contains("empty.ics"));
        assertThat(OpenFileImport.refusal(dir.resolve("gone.ics"), messages))
                .hasValueSatisfying(t -> assertThat(t).contains("gone.ics", "cannot be read"));
    }
}
