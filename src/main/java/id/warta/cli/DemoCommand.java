package id.warta.cli;

import id.warta.service.DemoRefusedException;
import id.warta.service.DemoSummary;
import id.warta.service.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, descriptionKey = "option.db")
    Path database;

    private final CliContext context;

    public DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Workspace ws = context.opener().open(database)) {
            DemoSummary s = ws.demo().load();
            context.out().println(context.messages().format("cli.demo.done", s.clients(), s.accounts(),
                    s.campaigns(), s.posts(), s.publications(), ws.databaseFile().toString()));
            return ExitCodes.OK;
        } catch (DemoRefusedException e) {
            context.err().println(context.messages().format("cli.demo.refused", database.toString(), e.existingPosts()));
            return ExitCodes.USAGE_OR_INPUT;
        }
    }
}
