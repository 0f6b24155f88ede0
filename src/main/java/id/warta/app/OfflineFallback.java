package id.warta.app;

import id.warta.service.TeamException;
import id.warta.service.TeamProfile;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs in on the team server, and when the server cannot be reached opens the offline copy this
 * login's last session left on this computer instead. Any other refusal (password, certificate,
 * schema) stands: the copy is for a server that is away, not for a login the server turned down.
 */
final class OfflineFallback implements TeamConnector.Opener {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineFallback.class);

    private final TeamConnector.Opener server;
    private final BiFunction<TeamProfile, String, Optional<? extends TeamSession>> offlineCopy;

    OfflineFallback(TeamConnector.Opener server,
                    BiFunction<TeamProfile, String, Optional<? extends TeamSession>> offlineCopy) {
        this.server = server;
        this.offlineCopy = offlineCopy;
    }

    @Override
    public TeamSession open(TeamProfile profile, String login, Supplier<char[]> password) {
        try {
            return server.open(profile, login, password);
        } catch (TeamException e) {
            if (e.reason() != TeamException.Reason.UNREACHABLE) {
                throw e;
            }
            LOG.info("Team server {} unreachable; looking for the offline copy", profile.address());
            return offlineCopy.apply(profile, login).<TeamSession>map(s -> s).orElseThrow(() -> e);
        }
    }
}
