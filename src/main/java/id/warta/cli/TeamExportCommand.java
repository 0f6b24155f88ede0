package id.warta.cli;

import id.warta.service.TeamAdministration;
import id.warta.service.TeamAdministration.TeamTransfer;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta team export --profile P --out copy.db}: the team database into a new single-user file. */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class TeamExportCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "PROFILE", required = true, descriptionKey = "option.team.profile")
    Path profile;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "option.team.out")
    Path out;

    private final CliContext context;
    private final TeamAdministration admin;
    private final TeamLoginPrompt prompt;

    public TeamExportCommand(CliContext context, TeamAdministration admin, TeamLoginPrompt prompt) {
        this.context = context;
        this.admin = admin;
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        TeamProfile p = TeamProfile.load(profile);
        TeamLogin owner = prompt.ask();
        try {
            TeamTransfer t = admin.exportTo(p, owner, out);
            context.out().println(context.messages().format("team.exported", p.address(), out.toString(),
                    String.valueOf(t.clients()), String.valueOf(t.posts()), String.valueOf(t.auditEntries()),
                    t.chainHead()));
            return ExitCodes.OK;
        } finally {
            owner.forget();
        }
    }
}
