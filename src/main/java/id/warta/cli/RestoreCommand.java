package id.warta.cli;

import id.warta.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, descriptionKey = "option.db")
    Path database;

    @Option(names = "--from", paramLabel = "BACKUP", required = true, descriptionKey = "option.from")
    Path backup;

    private final CliContext context;

    public RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExistingFile.require(database, context);
        if (!Files.isRegularFile(backup)) {
            throw new MissingFileException(backup);
        }
        try (Workspace ws = context.opener().open(database)) {
            Path aside = ws.backups().restore(backup);
            context.out().println(context.messages().format("cli.restore.done", database.toString(), backup.toString(),
                    aside.toString()));
            return ExitCodes.OK;
        }
    }
}
