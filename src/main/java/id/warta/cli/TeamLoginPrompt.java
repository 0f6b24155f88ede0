package id.warta.cli;

import id.warta.service.TeamException;
import id.warta.service.TeamLogin;
import java.io.Console;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The PostgreSQL login for a team command (the owner's for migrate, import and export): from {@code WARTA_TEAM_USER} and
 * {@code WARTA_TEAM_PASSWORD} (for scripts), else asked on the console with the password hidden.
 * Neither is printed or logged.
 */
public final class TeamLoginPrompt {
    public static final String USER_VARIABLE = "WARTA_TEAM_USER";
    public static final String PASSWORD_VARIABLE = "WARTA_TEAM_PASSWORD";

    private final Function<String, String> environment;
    private final Supplier<Console> console;
    private final CliContext context;

    public TeamLoginPrompt(Function<String, String> environment, Supplier<Console> console, CliContext context) {
        this.environment = environment;
        this.console = console;
        this.context = context;
    }

    public TeamLogin ask() {
        String user = environment.apply(USER_VARIABLE);
        String password = environment.apply(PASSWORD_VARIABLE);
        Console c = console.get();
        if (user == null || user.isBlank()) {
            if (c == null) {
                throw new TeamException(TeamException.Reason.NO_CREDENTIALS, USER_VARIABLE, PASSWORD_VARIABLE);
            }
            user = c.readLine("%s", context.messages().get("team.prompt.user"));
        }
        char[] secret;
        if (password != null && !password.isEmpty()) {
            secret = password.toCharArray();
        } else {
            if (c == null) {
                throw new TeamException(TeamException.Reason.NO_CREDENTIALS, USER_VARIABLE, PASSWORD_VARIABLE);
            }
            secret = c.readPassword("%s", context.messages().get("team.prompt.password"));
        }
        if (user == null || user.isBlank() || secret == null) {
            throw new TeamException(TeamException.Reason.NO_CREDENTIALS, USER_VARIABLE, PASSWORD_VARIABLE);
        }
        return new TeamLogin(user.strip(), secret);
    }
}
