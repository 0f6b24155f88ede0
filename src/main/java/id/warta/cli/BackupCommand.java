package id.warta.cli;

import id.warta.service.BackupInfo;
import id.warta.service.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class BackupCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, descriptionKey = "option.db")
    Path database;

    private final CliContext context;

    public BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExistingFile.require(database, context);
        try (Workspace ws = context.opener().open(database)) {
            BackupInfo info = ws.backups().backupNow();
            context.out().println(context.messages().format("cli.backup.done", info.file().toString(), info.sizeBytes()));
            return ExitCodes.OK;
        }
    }
}
