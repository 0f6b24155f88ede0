package id.warta.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        if (teamProfile != null) {
            context.err().println(context.messages().get("cli.team.unavailable"));
            return ExitCodes.USAGE_OR_INPUT;
        }
        return gui.launch(database != null ? database : defaultDatabase, startupProbe);
    }
}
