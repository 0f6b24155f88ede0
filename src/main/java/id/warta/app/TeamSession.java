package id.warta.app;

import id.warta.domain.User;
import id.warta.service.Workspace;

/**
 * What the team window runs on after sign-in: the team server itself ({@link TeamWorkspace}) or,
 * when the server cannot be reached, the read-only offline copy of what this login last saw
 * ({@link OfflineWorkspace}).
 */
interface TeamSession extends Workspace {
    /**
     * Signs in the Warta user whose username is the login.
     *
     * @throws id.warta.service.TeamException when no active Warta user has that name
     */
    User signIn(String login);
}
