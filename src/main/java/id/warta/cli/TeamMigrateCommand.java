package id.warta.cli;

import id.warta.service.TeamAdministration;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta team migrate --profile P}: the only way the team schema changes (owner login). */
@Command(name = "migrate", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class TeamMigrateCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "PROFILE", required = true, descriptionKey = "option.team.profile")
    Path profile;

    private final CliContext context;
    private final TeamAdministration admin;
    private final TeamLoginPrompt prompt;

    public TeamMigrateCommand(CliContext context, TeamAdministration admin, TeamLoginPrompt prompt) {
        this.context = context;
        this.admin = admin;
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        TeamProfile p = TeamProfile.load(profile);
        TeamLogin owner = prompt.ask();
        try {
            int version = admin.migrate(p, owner);
            context.out().println(context.messages().format("team.migrated", p.address(), String.valueOf(version)));
            return ExitCodes.OK;
        } finally {
            owner.forget();
        }
    }
}
