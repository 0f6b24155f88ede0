package id.warta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code warta team}: team-mode administration; its subcommands do the work. */
@Command(name = "team", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class TeamCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: migrate, import, export");
    }
}
