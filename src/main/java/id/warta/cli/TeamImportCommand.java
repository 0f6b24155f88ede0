package id.warta.cli;

import id.warta.service.TeamAdministration;
import id.warta.service.TeamAdministration.TeamTransfer;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta team import --profile P --from planner.db}: a single-user file into an empty team database. */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class TeamImportCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "PROFILE", required = true, descriptionKey = "option.team.profile")
    Path profile;

    @Option(names = "--from", paramLabel = "FILE", required = true, descriptionKey = "option.team.from")
    Path from;

    private final CliContext context;
    private final TeamAdministration admin;
    private final TeamLoginPrompt prompt;

    public TeamImportCommand(CliContext context, TeamAdministration admin, TeamLoginPrompt prompt) {
        this.context = context;
        this.admin = admin;
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        ExistingFile.require(from, context);
        TeamProfile p = TeamProfile.load(profile);
        TeamLogin owner = prompt.ask();
        try {
            TeamTransfer t = admin.importFrom(p, owner, from);
            context.out().println(context.messages().format("team.imported", from.toString(), p.address(),
                    String.valueOf(t.clients()), String.valueOf(t.posts()), String.valueOf(t.auditEntries()),
                    t.chainHead()));
            return ExitCodes.OK;
        } finally {
            owner.forget();
        }
    }
}
