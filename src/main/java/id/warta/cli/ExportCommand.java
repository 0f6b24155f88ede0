package id.warta.cli;

import id.warta.service.ExportException;
import id.warta.service.ExportFilter;
import id.warta.service.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta export}: one RFC 5545 file, one VEVENT per publication, exactly as DESIGN.md fixes
 * the flags. A name that matches nothing or a file that cannot be written is exit 2 with one line
 * on stderr, and no file is left behind.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, descriptionKey = "option.db")
    Path database;

    @Option(names = "--out", paramLabel = "OUT.ics", required = true, descriptionKey = "option.ical.out")
    Path out;

    @Option(names = "--from", paramLabel = "D", descriptionKey = "option.ical.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", descriptionKey = "option.ical.to")
    LocalDate to;

    @Option(names = "--client", paramLabel = "NAME", descriptionKey = "option.ical.client")
    String client;

    @Option(names = "--account", paramLabel = "HANDLE", descriptionKey = "option.ical.account")
    String account;

    @Option(names = "--channel", paramLabel = "NAME", descriptionKey = "option.ical.channel")
    String channel;

    @Option(names = "--campaign", paramLabel = "NAME", descriptionKey = "option.ical.campaign")
    String campaign;

    @Option(names = "--status", paramLabel = "S", split = ",", descriptionKey = "option.ical.status")
    List<String> statuses;

    private final CliContext context;

    public ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExistingFile.require(database, context);
        ExportFilter filter = new ExportFilter(from, to, client, account, channel, campaign, statuses);
        try (Workspace ws = context.opener().open(database)) {
            int written = ws.export().writeTo(filter, out, context.messages());
            context.out().println(context.messages().format("cli.export.done", written, out.toString()));
            return ExitCodes.OK;
        } catch (ExportException e) {
            context.err().println(context.messages().format(e.messageKey(), e.arguments().toArray()));
            return ExitCodes.USAGE_OR_INPUT;
        }
    }
}
