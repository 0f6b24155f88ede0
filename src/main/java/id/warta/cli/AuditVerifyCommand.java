package id.warta.cli;

import id.warta.domain.AuditChain;
import id.warta.service.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta audit verify}: prints {@code OK <n> entries, head <hash>} (exit 0) or
 * {@code BROKEN at entry <seq> (<id>): <reason>} (exit 1), exactly as DESIGN.md fixes it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class AuditVerifyCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, descriptionKey = "option.db")
    Path database;

    @Option(names = "--expect-head", paramLabel = "HASH", descriptionKey = "option.expectHead")
    String expectedHead;

    private final CliContext context;

    public AuditVerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExistingFile.require(database, context);
        try (Workspace ws = context.opener().open(database)) {
            AuditChain.Verification v = ws.audit().verify(Optional.ofNullable(expectedHead).map(String::strip));
            if (v.intact()) {
                context.out().println("OK " + v.entries() + " entries, head " + v.head());
                return ExitCodes.OK;
            }
            context.out().println("BROKEN at entry " + v.brokenSeq() + " (" + v.brokenId() + "): " + v.reason());
            return ExitCodes.BLOCKED;
        }
    }
}
