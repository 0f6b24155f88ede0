package id.warta.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The root command: with no subcommand it opens the main window. */
@Command(name = "warta", mixinStandardHelpOptions = true, versionProvider = WartaVersion.class,
        resourceBundle = "i18n.cli", sortOptions = false, usageHelpAutoWidth = true)
public final class WartaCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "option.db")
    Path database;

    @Option(names = "--team", paramLabel = "PROFILE", descriptionKey = "option.team")
    Path teamProfile;

    @Option(names = "--startup-probe", descriptionKey = "option.startupProbe")
    boolean startupProbe;

    @Option(names = "--open", paramLabel = "FILE.ics", descriptionKey = "option.open")
    Path openOption;

    /** What a file manager passes: {@code warta FILE.ics}. */
    @Parameters(arity = "0..1", paramLabel = "FILE.ics", descriptionKey = "parameter.open")
    Path openParameter;

    private final CliContext context;
    private final GuiLauncher gui;
    private final Path defaultDatabase;

    public WartaCommand(CliContext context, GuiLauncher gui, Path defaultDatabase) {
        this.context = context;
        this.gui = gui;
        this.defaultDatabase = defaultDatabase;
    }

    @Override
    public Integer call() {
        if (teamProfile != null && database != null) {
            context.err().println(context.messages().get("cli.team.withDb"));
            return ExitCodes.USAGE_OR_INPUT;
        }
        Path team = teamProfile != null ? teamProfile
                : database == null && openOption == null && openParameter == null
                        ? gui.rememberedTeamProfile().orElse(null) : null;
        if (team != null) {
            return gui.launchTeam(team, startupProbe);
        }
        if (openOption != null && openParameter != null) {
            context.err().println(context.messages().get("cli.open.twice"));
            return ExitCodes.USAGE_OR_INPUT;
        }
        Path open = openOption != null ? openOption : openParameter;
        if (open != null && !java.nio.file.Files.isRegularFile(open)) {
            context.err().println(context.messages().format("cli.error.missingFile", open.toString()));
            return ExitCodes.USAGE_OR_INPUT;
        }
        return gui.launch(database != null ? database : defaultDatabase, startupProbe,
                open == null ? null : open.toAbsolutePath());
    }
}
