package id.warta.app;

import id.warta.cli.AuditCommand;
import id.warta.cli.AuditExportCommand;
import id.warta.cli.AuditVerifyCommand;
import id.warta.cli.BackupCommand;
import id.warta.cli.CheckCommand;
import id.warta.cli.CliContext;
import id.warta.cli.CliErrorHandler;
import id.warta.cli.DemoCommand;
import id.warta.cli.ExitCodes;
import id.warta.cli.ExportCommand;
import id.warta.cli.PublishCommand;
import id.warta.cli.GuiLauncher;
import id.warta.cli.RestoreCommand;
import id.warta.cli.TeamCommand;
import id.warta.cli.TeamExportCommand;
import id.warta.cli.TeamImportCommand;
import id.warta.cli.TeamLoginPrompt;
import id.warta.cli.TeamMigrateCommand;
import id.warta.persistence.PostgresTeamAdministration;
import id.warta.cli.WartaCommand;
import id.warta.cli.WartaVersion;
import id.warta.service.Messages;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** The composition root: the one place where Warta's objects are built and wired. */
public final class Warta {
    private final DataPaths paths;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;
    private final StartupTrace trace;
    /** The data folder was missing or broken and was made anew by this run (the window says so too). */
    private boolean dataFolderCreated;

    public Warta(DataPaths paths, Clock clock, OutputStream out, OutputStream err, Messages messages) {
        this(paths, clock, out, err, messages, new StartupTrace(false, System.err));
    }

    Warta(DataPaths paths, Clock clock, OutputStream out, OutputStream err, Messages messages, StartupTrace trace) {
        this.trace = trace;
        this.paths = paths;
        this.clock = clock;
        this.out = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        this.messages = messages;
    }

    static Warta fromEnvironment(PrintStream out, PrintStream err, StartupTrace trace) {
        return new Warta(DataPaths.forThisComputer(), Clock.systemDefaultZone(), out, err,
                new Messages(Messages.forSystem()), trace);
    }

    /** Runs one command line; returns the exit code. */
    public int run(String... args) {
        try {
            if (paths.ensureExists()) {
                dataFolderCreated = true;
                err.println(messages.format("cli.dataFolder.created", paths.folder().toString()));
            }
        } catch (UncheckedIOException e) {
            err.println(messages.format("cli.dataFolder.failed", paths.folder().toString()));
            return ExitCodes.USAGE_OR_INPUT;
        }
        // Logback reads this when the first logger is made, so it must be set before anything logs.
        System.setProperty("warta.logdir", paths.logs().toString());
        trace.mark("data folder checked");
        CommandLine commandLine = commandLine();
        trace.mark("commands built");
        return commandLine.execute(args);
    }

    /** Whether {@link #run} had to create or repair the data folder (the window then says so in its status bar). */
    boolean dataFolderCreated() {
        return dataFolderCreated;
    }

    private static CommandLine teamCommands(CliContext context) {
        PostgresTeamAdministration admin = new PostgresTeamAdministration();
        TeamLoginPrompt prompt = new TeamLoginPrompt(System::getenv, System::console, context);
        CommandLine team = new CommandLine(new TeamCommand());
        team.addSubcommand(new TeamMigrateCommand(context, admin, prompt));
        team.addSubcommand(new TeamImportCommand(context, admin, prompt));
        team.addSubcommand(new TeamExportCommand(context, admin, prompt));
        return team;
    }

    CommandLine commandLine() {
        String version = WartaVersion.current();
        LazyChecker checker = new LazyChecker();
        CliContext context = new CliContext(file -> SqliteWorkspace.open(file, paths, version, clock, checker), messages,
                out, err);
        LocalPreferences preferences = LocalPreferences.load(paths.preferencesFile());
        trace.mark("preferences read");
        GuiLauncher gui = new DesktopLauncher(
                new WartaGui(paths, preferences, clock, version, out, err, trace, dataFolderCreated),
                new TeamGui(paths.folder(), preferences, clock, version, out, err, trace), preferences);
        trace.mark("window launcher made (logging configured)");
        CliErrorHandler errors = new CliErrorHandler(context);
        CommandLine cl = new CommandLine(new WartaCommand(context, gui, paths.defaultDatabase()));
        cl.addSubcommand(new DemoCommand(context));
        cl.addSubcommand(new BackupCommand(context));
        cl.addSubcommand(new RestoreCommand(context));
        CommandLine audit = new CommandLine(new AuditCommand());
        audit.addSubcommand(new AuditVerifyCommand(context, new PostgresTeamAdministration(),
                new TeamLoginPrompt(System::getenv, System::console, context)));
        audit.addSubcommand(new AuditExportCommand(context));
        cl.addSubcommand(audit);
        cl.addSubcommand(new CheckCommand(checker, () -> System.in, new ClientWatchLists(context)));
        cl.addSubcommand(new ExportCommand(context));
        cl.addSubcommand(new PublishCommand(context, System::getenv));
        cl.addSubcommand(teamCommands(context));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        return cl;
    }
}
