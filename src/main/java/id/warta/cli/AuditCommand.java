package id.warta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code warta audit}: a group; its subcommands do the work. */
@Command(name = "audit", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: verify, export");
    }
}
