package id.warta.app;

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
import id.warta.persistence.MigrationListener;
import id.warta.persistence.SqliteBackups;
import id.warta.persistence.SqliteDatabase;
import id.warta.persistence.SqliteTransactor;
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
import java.time.Duration;
import java.util.function.Supplier;

/** Wires the services of one SQLite database; part of the composition root. */
public final class SqliteWorkspace implements Workspace {
    private final SqliteDatabase database;
    private final SqliteTransactor transactor;
    private final PlanningService planning;
    private final DemoDataService demo;
    private final SqliteBackups backups;
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

    private SqliteWorkspace(SqliteDatabase database, Path backupFolder, Clock clock, Supplier<EthicsChecker> checker,
                            String appVersion, PasswordHasher hasher) {
        this.database = database;
        this.transactor = new SqliteTransactor(database);
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
        this.evidence = new EvidenceExporter(transactor, auditEntries, currentUser, clock, appVersion, database.file(),
                AccountZone.WIB.zoneId());
        var users = new JdbcUserRepository(database);
        this.auth = new AuthService(transactor, users, hasher, currentUser, audit, clock);
        var delegationRepository = new JdbcDelegationRepository(database);
        this.demo = new DemoDataService(transactor, clients, accounts, campaigns, posts, settings, lists,
                audit, new DemoDataGenerator(), clock,
                new DemoDataService.DemoPeople(users, delegationRepository, hasher, currentUser),
                new DemoDataService.PlanningStores(new id.warta.persistence.JdbcBlackoutRepository(database),
                        new id.warta.persistence.JdbcAccountPlanRepository(database)));
        this.delegations = new DelegationService(transactor, delegationRepository, users, clients, currentUser, audit,
                clock, AccountZone.WIB.zoneId());
        this.backups = new SqliteBackups(database, transactor, backupFolder, clock);
        this.ethics = new EthicsService(transactor, clients, accounts, posts, lists,
                new JdbcCheckRecordRepository(database), audit, checker, clock);
        this.planningRules = new id.warta.service.PlanningRulesService(transactor,
                new id.warta.persistence.JdbcBlackoutRepository(database),
                new id.warta.persistence.JdbcAccountPlanRepository(database), accounts, posts, users, currentUser, audit);
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
        this.media = new id.warta.service.MediaLibrary(id.warta.service.MediaLibrary.folderFor(database.file()));
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

    /** Opens the database; an existing database is backed up before its schema is upgraded. */
    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock) {
        return open(file, paths, appVersion, clock, new LazyChecker());
    }

    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock,
                                       Supplier<EthicsChecker> checker) {
        return open(file, paths, appVersion, clock, checker, productionHasher());
    }

    /** For tests: a hasher with few iterations keeps sign-in tests fast; production uses {@link #productionHasher()}. */
    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock, PasswordHasher hasher) {
        return open(file, paths, appVersion, clock, new LazyChecker(), hasher);
    }

    public static PasswordHasher productionHasher() {
        return new PasswordHasher(PasswordHasher.PRODUCTION_ITERATIONS, new SecureRandom());
    }

    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock,
                                       Supplier<EthicsChecker> checker, PasswordHasher hasher) {
        return open(file, paths, appVersion, clock, checker, hasher, MigrationListener.NONE);
    }

    /**
     * As above; {@code progress} is told before an existing database is backed up and its schema upgraded (the window shows that it is working).
     */
    public static SqliteWorkspace open(Path file, DataPaths paths, String appVersion, Clock clock,
                                       Supplier<EthicsChecker> checker, PasswordHasher hasher,
                                       MigrationListener progress) {
        Path backupFolder = SqliteBackups.folderFor(file, paths.defaultDatabase(), paths.folder());
        MigrationListener backupFirst = (existing, from, to) -> {
            progress.beforeMigration(existing, from, to);
            if (existing) {
                SqliteBackups.copyFile(file, backupFolder, clock);
            }
        };
        SqliteDatabase db = SqliteDatabase.open(file, appVersion, Duration.ofSeconds(5), backupFirst);
        return new SqliteWorkspace(db, backupFolder, clock, checker, appVersion, hasher);
    }

    /** For tests in this package that need a repository the services do not expose yet. */
    SqliteDatabase database() {
        return database;
    }

    @Override
    public Path databaseFile() {
        return database.file();
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
