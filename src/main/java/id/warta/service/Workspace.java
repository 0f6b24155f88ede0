package id.warta.service;

import java.nio.file.Path;

/** One open database with the services that work on it; closing it closes the database. */
public interface Workspace extends AutoCloseable {
    /** The database file, or in team mode the team profile (media and evidence are named after it). */
    Path databaseFile();

    /** Where the data is, for the status bar and messages: a file path or a server address (never credentials). */
    default String location() {
        return databaseFile().toString();
    }

    /** Whether this session may write; set it to make every write refuse and the window say why. */
    ReadOnlyMode readOnly();

    Transactor transactor();

    PlanningService planning();

    DemoDataService demo();

    BackupStore backups();

    SettingRepository settings();

    EthicsService ethics();

    AuditLog audit();

    AuthService auth();

    WorkflowService workflow();

    DelegationService delegations();

    @Override
    void close();

    /** Audit evidence exports and the chain's status. */
    EvidenceExporter evidence();

    /** Calendar export to iCalendar files. */
    ExportService export();

    /** Subscription feeds: saved export filters behind secret, revocable tokens. */
    FeedService feeds();

    /** Creating and saving posts from the editor. */
    PostEditingService editing();

    /** A client's saved hashtag groups. */
    HashtagGroupService hashtagGroups();

    /** The media files of this database (checked and copied into its media folder). */
    MediaLibrary media();

    /** Publishing saved filters to a CalDAV collection. */
    CaldavPublishService caldav();
    /** Read-only overlay calendars: imported .ics files and the bundled national holidays. */
    OverlayService overlays();

    /** Full-text search over posts, among the clients the signed-in user may open. */
    PostSearchService search();
    /** Blackouts, posting hours and cadence targets (issue 7). */
    PlanningRulesService planningRules();
}
