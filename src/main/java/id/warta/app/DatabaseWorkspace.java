package id.warta.app;

import id.warta.persistence.Database;
import id.warta.persistence.JdbcAccountRepository;
import id.warta.persistence.JdbcAuditRepository;
import id.warta.persistence.JdbcCampaignRepository;
import id.warta.persistence.JdbcCheckRecordRepository;
import id.warta.persistence.JdbcClientRepository;
import id.warta.persistence.JdbcExportRepository;
import id.warta.persistence.JdbcFeedRepository;
import id.warta.persistence.JdbcCaldavResourceRepository;
import id.warta.service.CaldavPublishService;
import id.warta.ical.CaldavHttpClient;
import id.warta.service.FeedService;
import id.warta.ical.IcsEncoder;
import id.warta.service.ExportService;
import id.warta.persistence.JdbcPostRepository;
import id.warta.persistence.JdbcSettingRepository;
import id.warta.persistence.JdbcCommentRepository;
import id.warta.persistence.JdbcDelegationRepository;
import id.warta.persistence.JdbcFindingOverrideRepository;
import id.warta.persistence.JdbcReviewDecisionRepository;
import id.warta.persistence.JdbcUserRepository;
import id.warta.persistence.JdbcWatchListRepository;
import id.warta.service.AuditLog;
import id.warta.service.AuthService;
import id.warta.service.BackupStore;
import id.warta.service.CurrentUser;
import id.warta.service.PostEditingService;
import id.warta.service.DelegationService;
import id.warta.service.DemoDataService;
import id.warta.service.EthicsService;
import id.warta.service.EvidenceExporter;
import id.warta.ethics.EthicsChecker;
import id.warta.service.PasswordHasher;
import id.warta.service.PlanningService;
import id.warta.service.SettingRepository;
import id.warta.service.Transactor;
import id.warta.service.WorkflowService;
import id.warta.service.Workspace;
import id.warta.domain.AccountZone;
import id.warta.domain.WorkflowPermissions;
import id.warta.domain.WorkflowTransitions;
import id.warta.service.demo.DemoDataGenerator;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Wires every service over one {@link Database}: a SQLite file ({@link SqliteWorkspace}) or the team
 * server ({@link TeamWorkspace}), which differ only in the parts given as {@link LocalParts}. Part of
 * the composition root.
 */
public class DatabaseWorkspace implements Workspace {
    /**
     * What differs between a file and a server: where the data is (a path for messages, evidence and the media
     * folder) and how backups are made.
     */
    public record LocalParts(Path location, Function<Transactor, BackupStore> backups, Path mediaFolder) {
    }

    private final Database database;
    private final Path location;
    private final id.warta.service.ReadOnlyMode readOnly = new id.warta.service.ReadOnlyMode();
    private final Transactor transactor;
    private final SessionUsers sessionUsers;
    private final PlanningService planning;
    private final DemoDataService demo;
    private final BackupStore backups;
    private final JdbcSettingRepository settings;
    private final EthicsService ethics;
    private final AuditLog audit;
    private final AuthService auth;
    private final WorkflowService workflow;
    private final DelegationService delegations;
    private final EvidenceExporter evidence;
    private final ExportService export;
    private final FeedService feeds;
    private final PostEditingService editing;
    private final id.warta.service.HashtagGroupService hashtagGroups;
    private final id.warta.service.MediaLibrary media;
    private final CaldavPublishService caldav;
    private final id.warta.service.OverlayService overlays;
    private final id.warta.service.PostSearchService search;
    private final id.warta.service.PlanningRulesService planningRules;

    protected DatabaseWorkspace(Database database, LocalParts local, Clock clock, Supplier<EthicsChecker> checker,
                                String appVersion, PasswordHasher hasher) {
        this.database = database;
        this.location = local.location();
        Transactor raw = database.newTransactor();
        // Backups read the file under the raw transactor's lock; everything else writes through the guard.
        this.transactor = new id.warta.service.GuardedTransactor(raw, readOnly);
        var clients = new JdbcClientRepository(database);
        var accounts = new JdbcAccountRepository(database);
        var campaigns = new JdbcCampaignRepository(database);
        var posts = new JdbcPostRepository(database);
        this.settings = new JdbcSettingRepository(database);
        this.planning = new PlanningService(transactor, clients, accounts, posts);
        var lists = new JdbcWatchListRepository(database);
        var currentUser = new CurrentUser(System.getProperty("user.name"));
        var auditEntries = new JdbcAuditRepository(database);
        this.audit = new AuditLog(transactor, auditEntries, currentUser, clock);
        this.evidence = new EvidenceExporter(transactor, auditEntries, currentUser, clock, appVersion, location,
                AccountZone.WIB.zoneId());
        var users = new JdbcUserRepository(database);
        this.sessionUsers = new SessionUsers(users, currentUser);
        this.auth = new AuthService(transactor, users, hasher, currentUser, audit, clock);
        var delegationRepository = new JdbcDelegationRepository(database);
        var blackouts = new id.warta.persistence.JdbcBlackoutRepository(database);
        var plans = new id.warta.persistence.JdbcAccountPlanRepository(database);
        this.demo = new DemoDataService(transactor, clients, accounts, campaigns, posts, settings, lists,
                audit, new DemoDataGenerator(), clock,
                new DemoDataService.DemoPeople(users, delegationRepository, hasher, currentUser),
                new DemoDataService.PlanningStores(blackouts, plans));
        this.delegations = new DelegationService(transactor, delegationRepository, users, clients, currentUser, audit,
                clock, AccountZone.WIB.zoneId());
        this.backups = local.backups().apply(raw);
        this.ethics = new EthicsService(transactor, clients, accounts, posts, lists,
                new JdbcCheckRecordRepository(database), audit, checker, clock);
        this.planningRules = new id.warta.service.PlanningRulesService(transactor,
                blackouts, plans, accounts, posts, users, currentUser, audit);
        this.workflow = new WorkflowService(new WorkflowService.Repositories(transactor, posts, accounts, clients, users,
                delegationRepository, new JdbcReviewDecisionRepository(database),
                new JdbcFindingOverrideRepository(database), new JdbcCommentRepository(database), settings),
                ethics, audit, currentUser, new WorkflowPermissions(WorkflowTransitions.standard()), clock,
                AccountZone.WIB.zoneId(), planningRules);
        this.editing = new PostEditingService(transactor, posts,
                new id.warta.persistence.JdbcSeriesRepository(database), accounts, clients, campaigns, users, audit,
                currentUser, clock, new id.warta.persistence.JdbcPostLinkRepository(database),
                new id.warta.persistence.JdbcPostNoteRepository(database), planningRules);
        this.hashtagGroups = new id.warta.service.HashtagGroupService(transactor,
                new id.warta.persistence.JdbcHashtagGroupRepository(database), audit);
        this.media = new id.warta.service.MediaLibrary(local.mediaFolder());
        this.export = new ExportService(transactor, new JdbcExportRepository(database), clients, accounts, campaigns,
                settings, new IcsEncoder(), clock);
        this.feeds = new FeedService(transactor, new JdbcFeedRepository(database), auditEntries, export,
                new IcsEncoder(),
                new SecureRandom(), clock);
        this.caldav = new CaldavPublishService(transactor, export, new IcsEncoder(),
                new JdbcCaldavResourceRepository(database), settings, new CaldavHttpClient(), clock);
        this.overlays = new id.warta.service.OverlayService(transactor,
                new id.warta.persistence.JdbcOverlayRepository(database), new id.warta.ical.IcsOverlayParser(),
                new id.warta.ical.HttpOverlayFetcher(), clock);
        this.search = new id.warta.service.PostSearchService(transactor,
                new id.warta.persistence.JdbcSearchRepository(database), clients, users, currentUser);
    }

    /** The database under the services, for the openers (team sign-in, SQLite tests). */
    protected Database openDatabase() {
        return database;
    }

    /** The repository and session of the signed-in user, for the team sign-in. */
    protected SessionUsers users() {
        return sessionUsers;
    }

    /** The users table and who is signed in; kept together for the team sign-in. */
    protected record SessionUsers(JdbcUserRepository repository, CurrentUser current) {
    }

    @Override
    public Path databaseFile() {
        return location;
    }

    @Override
    public String location() {
        return database.location();
    }

    @Override
    public id.warta.service.ReadOnlyMode readOnly() {
        return readOnly;
    }

    @Override
    public Transactor transactor() {
        return transactor;
    }

    @Override
    public PlanningService planning() {
        return planning;
    }

    @Override
    public DemoDataService demo() {
        return demo;
    }

    @Override
    public BackupStore backups() {
        return backups;
    }

    @Override
    public EthicsService ethics() {
        return ethics;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public WorkflowService workflow() {
        return workflow;
    }

    @Override
    public AuthService auth() {
        return auth;
    }

    @Override
    public DelegationService delegations() {
        return delegations;
    }

    @Override
    public SettingRepository settings() {
        return settings;
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public EvidenceExporter evidence() {
        return evidence;
    }

    @Override
    public ExportService export() {
        return export;
    }

    @Override
    public FeedService feeds() {
        return feeds;
    }

    @Override
    public PostEditingService editing() {
        return editing;
    }

    @Override
    public id.warta.service.HashtagGroupService hashtagGroups() {
        return hashtagGroups;
    }

    @Override
    public id.warta.service.MediaLibrary media() {
        return media;
    }

    @Override
    public CaldavPublishService caldav() {
        return caldav;
    }

    @Override
    public id.warta.service.OverlayService overlays() {
        return overlays;
    }

    @Override
    public id.warta.service.PostSearchService search() {
        return search;
    }

    @Override
    public id.warta.service.PlanningRulesService planningRules() {
        return planningRules;
    }
}
