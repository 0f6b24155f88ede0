package id.warta.cli;

import id.warta.domain.AuditChain;
import id.warta.service.TeamAdministration;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import id.warta.service.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code warta audit verify}: prints {@code OK <n> entries, head <hash>} (exit 0) or
 * {@code BROKEN at entry <seq> (<id>): <reason>} (exit 1), exactly as DESIGN.md fixes it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli")
public final class AuditVerifyCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "option.db")
    Path database;

    @Option(names = "--team", paramLabel = "PROFILE", descriptionKey = "option.team")
    Path teamProfile;

    @Spec
    CommandSpec spec;

    @Option(names = "--expect-head", paramLabel = "HASH", descriptionKey = "option.expectHead")
    String expectedHead;

    private final CliContext context;
    private final TeamAdministration team;
    private final TeamLoginPrompt prompt;

    public AuditVerifyCommand(CliContext context) {
        this(context, null, null);
    }

    /** With team mode: {@code --team PROFILE} verifies the team database's chain with the user's own login. */
    public AuditVerifyCommand(CliContext context, TeamAdministration team, TeamLoginPrompt prompt) {
        this.context = context;
        this.team = team;
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        if ((database == null) == (teamProfile == null)) {
            throw new ParameterException(spec.commandLine(), "Give either --db FILE or --team PROFILE");
        }
        Optional<String> head = Optional.ofNullable(expectedHead).map(String::strip);
        if (teamProfile != null) {
            if (team == null) {
                context.err().println(context.messages().get("cli.team.unavailable"));
                return ExitCodes.USAGE_OR_INPUT;
            }
            TeamProfile profile = TeamProfile.load(teamProfile);
            TeamLogin login = prompt.ask();
            try {
                return print(team.verifyAudit(profile, login, head));
            } finally {
                login.forget();
            }
        }
        ExistingFile.require(database, context);
        try (Workspace ws = context.opener().open(database)) {
            return print(ws.audit().verify(head));
        }
    }

    private int print(AuditChain.Verification v) {
        if (v.intact()) {
            context.out().println("OK " + v.entries() + " entries, head " + v.head());
            return ExitCodes.OK;
        }
        context.out().println("BROKEN at entry " + v.brokenSeq() + " (" + v.brokenId() + "): " + v.reason());
        return ExitCodes.BLOCKED;
    }
}
