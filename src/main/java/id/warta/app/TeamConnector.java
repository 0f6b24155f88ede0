package id.warta.app;

import id.warta.domain.User;
import id.warta.service.TeamException;
import id.warta.service.TeamPasswords;
import id.warta.service.TeamProfile;
import id.warta.ui.signin.TeamSignInViewModel;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Signs in on the team server for the sign-in card: connects (TLS, login, schema check), finds the
 * Warta user of the login, then keeps the password as the user chose (keyring or this session).
 * Runs on the database thread; a refusal closes whatever was opened.
 */
final class TeamConnector implements TeamSignInViewModel.Connector {
    /** Opens the team workspace; the password supplier is asked by the driver during authentication. */
    @FunctionalInterface
    interface Opener {
        TeamSession open(TeamProfile profile, String login, Supplier<char[]> password);
    }

    private final TeamProfile profile;
    private final TeamPasswords passwords;
    private final TeamChoices choices;
    private final Opener opener;
    private final AtomicReference<TeamSession> opened = new AtomicReference<>();

    TeamConnector(TeamProfile profile, TeamPasswords passwords, TeamChoices choices, Opener opener) {
        this.profile = profile;
        this.passwords = passwords;
        this.choices = choices;
        this.opener = opener;
    }

    @Override
    public User connect(String login, char[] typed, boolean remember) {
        String account = TeamPasswords.account(profile, login);
        boolean typedNow = typed.length > 0;
        char[] password = typedNow ? typed
                : passwords.remembered(account).orElseThrow(
                        () -> new TeamException(TeamException.Reason.LOGIN_FAILED, login, profile.address()));
        // The workspace keeps its own copy for reconnects, in memory only, for as long as it is open.
        char[] held = password.clone();
        TeamSession workspace;
        try {
            workspace = opener.open(profile, login, held::clone);
        } catch (TeamException e) {
            Arrays.fill(held, '\0');
            if (e.reason() == TeamException.Reason.LOGIN_FAILED && !typedNow) {
                // A remembered password the server refuses is stale: ask next time instead of failing again.
                passwords.forget(account);
            }
            Arrays.fill(password, '\0');
            throw e;
        } catch (RuntimeException e) {
            Arrays.fill(held, '\0');
            Arrays.fill(password, '\0');
            throw e;
        }
        User user;
        try {
            user = workspace.signIn(login);
        } catch (RuntimeException e) {
            workspace.close();
            Arrays.fill(password, '\0');
            throw e;
        }
        // Offline, nobody checked the password: it is neither remembered nor kept for later.
        if (!(workspace instanceof OfflineWorkspace)) {
            passwords.keep(account, password, remember && typedNow);
        }
        Arrays.fill(password, '\0');
        choices.rememberLogin(login);
        opened.set(workspace);
        return user;
    }

    /** The workspace the last successful sign-in opened; handed over once. */
    Optional<TeamSession> take() {
        return Optional.ofNullable(opened.getAndSet(null));
    }
}
