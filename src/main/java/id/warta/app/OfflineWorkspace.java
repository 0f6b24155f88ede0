package id.warta.app;

import id.warta.domain.User;
import id.warta.ethics.EthicsChecker;
import id.warta.ical.IcsEncoder;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcCampaignRepository;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcExportRepository;
import id.warta.persistence.JdbcSettingRepository;
import id.warta.persistence.TeamCache;
import id.warta.service.ExportService;
import id.warta.service.MediaLibrary;
import id.warta.service.PasswordHasher;
import id.warta.service.ReadOnlyMode;
import id.warta.service.ServerBackups;
import id.warta.service.TeamException;
import id.warta.service.TeamProfile;
import id.warta.service.UnsavedExportLedger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The team window without the server: the offline copy this login's last session wrote
 * ({@link TeamCache}), opened read-only. Every write is refused (the session is read-only and the
 * file is opened read-only besides); the calendar, the review queue, reports and iCalendar export
 * work, export keeping the UIDs the server gave so calendar apps do not see duplicates.
 */
final class OfflineWorkspace extends DatabaseWorkspace implements TeamSession {
    private static final DateTimeFormatter SYNCED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TeamCache.Snapshot snapshot;
    private final ExportService export;
    private final String address;

    private OfflineWorkspace(TeamCache.Snapshot snapshot, TeamProfile profile, Clock clock,
                             Supplier<EthicsChecker> checker, String appVersion, PasswordHasher hasher, ZoneId zone) {
        super(snapshot.database(), new LocalParts(profile.file(), tx -> new ServerBackups(profile.address()),
                MediaLibrary.folderFor(profile.file())), clock, checker, appVersion, hasher);
        this.snapshot = snapshot;
        this.address = profile.address();
        var db = snapshot.database();
        // Export normally records the UIDs it hands out; here it reads them and records nothing.
        this.export = new ExportService(db.newTransactor(), new UnsavedExportLedger(new JdbcExportRepository(db)),
                new JdbcClientRepository(db), new JdbcAccountRepository(db), new JdbcCampaignRepository(db),
                new JdbcSettingRepository(db), new IcsEncoder(), clock);
        readOnly().set(ReadOnlyMode.Reason.offline(SYNCED.format(snapshot.syncedAt().atZone(zone))));
    }

    /** The offline copy of {@code login} on this computer, when one was written by an earlier session. */
    static Optional<OfflineWorkspace> open(TeamProfile profile, String login, java.nio.file.Path dataFolder,
                                           Clock clock, Supplier<EthicsChecker> checker, String appVersion) {
        return TeamCache.openReadOnly(TeamCache.fileFor(dataFolder, profile, login.strip()))
                .map(s -> new OfflineWorkspace(s, profile, clock, checker, appVersion,
                        SqliteWorkspace.productionHasher(), MainWindow.USER_ZONE));
    }

    /**
     * The server could not check a password, so the copy's own user of that name is taken: the copy
     * is a file this computer account can read anyway, and nothing can be changed through it.
     */
    @Override
    public User signIn(String login) {
        User user = transactor().read(() -> users().repository().findByUsername(login.strip()))
                .orElseThrow(() -> new TeamException(TeamException.Reason.NO_APP_USER, login.strip(), address));
        if (!user.active()) {
            throw new TeamException(TeamException.Reason.APP_USER_INACTIVE, user.username());
        }
        users().current().signIn(user);
        return user;
    }

    Instant syncedAt() {
        return snapshot.syncedAt();
    }

    @Override
    public ExportService export() {
        return export;
    }

    @Override
    public String location() {
        return address;
    }
}
