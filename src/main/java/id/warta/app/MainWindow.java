package id.warta.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import id.warta.service.Messages;
import id.warta.service.Workspace;
import id.warta.ui.calendar.CalendarView;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.export.ExportDialog;
import id.warta.ui.export.ExportViewModel;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.Theme;
import id.warta.ui.reports.AuditTrailViewModel;
import id.warta.ui.reports.ChainAlarmBanner;
import id.warta.ui.reports.ReportsView;
import id.warta.ui.reports.ReportsViewModel;
import id.warta.ui.review.ReviewView;
import id.warta.ui.review.ReviewViewModel;
import id.warta.ui.settings.SettingsView;
import id.warta.ui.settings.CaldavSection;
import id.warta.ui.settings.CaldavViewModel;
import id.warta.ui.settings.SettingsViewModel;
import id.warta.ui.settings.WatchListViewModel;
import id.warta.ui.shell.FirstStartDialog;
import id.warta.ui.shell.FirstStartViewModel;
import id.warta.ui.shell.Screen;
import id.warta.ui.shell.ShellView;
import id.warta.ui.shell.ShellViewModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Builds the main window for one workspace: view-models, views, theme and language. Changing the
 * language rebuilds the views in place; the window and the chosen screen stay.
 */
public final class MainWindow {
    /** Planning happens in WIB unless the user picks otherwise (a later setting). */
    static final ZoneId USER_ZONE = ZoneId.of("Asia/Jakarta");

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    /** Ethics checks of the text being typed: CPU work that must not queue behind the database. */
    private final BackgroundTasks checks = new CheckExecutor();
    /** Checking and copying attached media: seconds for a large video, so neither checks nor saves wait for it. */
    private final BackgroundTasks files = new CheckExecutor("warta-media");
    private final LocalPreferences preferences;
    private final Clock clock;
    private final String userName;
    private final ObjectProperty<Locale> language;
    private final ObjectProperty<Theme> theme;
    private Scene scene;
    private Stage stage;
    private ShellViewModel shell;
    private CalendarViewModel calendar;
    private FirstStartViewModel firstStart;
    private SettingsViewModel settings;
    private ExportViewModel exportModel;
    private id.warta.ui.calendar.SearchField search;
    private CalendarView calendarView;
    private Runnable onSignOut = () -> { };
    private id.warta.ui.settings.FeedServerControl feedServer = FeedParts.NO_SERVER;
    private OverlayRefresher overlayRefresher;
    private TeamModeParts teamMode;
    /** Team mode only (LiveUpdates): the server connection and the offline copy's sync time; null otherwise. */
    private final ObjectProperty<id.warta.service.FeedStatus> connection = new SimpleObjectProperty<>();
    private final ObjectProperty<java.time.Instant> lastSynced = new SimpleObjectProperty<>();
    private Runnable liveReload = () -> { };

    public MainWindow(Workspace workspace, BackgroundTasks tasks, LocalPreferences preferences, Clock clock,
                      String userName) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.preferences = preferences;
        this.clock = clock;
        this.userName = userName;
        this.language = new SimpleObjectProperty<>(Messages.supported(
                Locale.forLanguageTag(preferences.get("language").orElse("id"))));
        this.theme = new SimpleObjectProperty<>(preferences.get("theme").flatMap(Theme::fromCode).orElse(Theme.LIGHT));
    }

    /** What happens after the user signs out (the sign-in card comes back). */
    public void setOnSignOut(Runnable onSignOut) {
        this.onSignOut = onSignOut;
    }

    /** The subscription server the settings section shows and restarts; set before {@link #attach}. */
    public void setFeedServer(id.warta.ui.settings.FeedServerControl feedServer) {
        this.feedServer = feedServer;
    }

    /** The background refresh of subscribed overlays; set before {@link #attach}. Without it fetches use the database queue. */
    void setOverlayRefresher(OverlayRefresher overlayRefresher) {
        this.overlayRefresher = overlayRefresher;
    }

    /** Team mode's parts of the window (the "Tim" settings); set before {@link #attach}; default: single-user. */
    void setTeamMode(TeamModeParts teamMode) {
        this.teamMode = teamMode;
    }

    /** Puts the window on the stage; the caller shows it. */
    public Scene attach(Stage stage) {
        this.stage = stage;
        double width = stage.getScene() == null ? 1280 : stage.getScene().getWidth();
        double height = stage.getScene() == null ? 800 : stage.getScene().getHeight();
        scene = new Scene(build(Screen.CALENDAR), width, height);
        applyTheme(theme.get());
        theme.addListener((o, a, b) -> {
            applyTheme(b);
            preferences.put("theme", b.code());
            savePreferences();
        });
        language.addListener((o, a, b) -> {
            preferences.put("language", b.getLanguage());
            savePreferences();
            scene.setRoot(build(shell.screenProperty().get()));
            stage.setTitle(new Messages(b).get("app.title"));
        });
        stage.setScene(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::openExport);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> openEditor(null));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), () -> {
            if (shell.screenProperty().get() == id.warta.ui.shell.Screen.CALENDAR) {
                calendarView.duplicateSelected();
            }
        });
        stage.setTitle(new Messages(language.get()).get("app.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(getClass().getResource("/icons/icon-" + size + ".png").toExternalForm()));
        }
        return scene;
    }

    private javafx.scene.Parent build(Screen current) {
        Messages messages = new Messages(language.get());
        // CalendarFX names days and formats times with the JVM's default locale; it must follow the chosen language.
        Locale.setDefault(language.get());
        var planning = workspace.planning();
        var signedIn = workspace.auth().current().user();
        shell = new ShellViewModel(planning, tasks, messages, workspace.location(),
                signedIn.map(id.warta.domain.User::displayName).orElse(userName));
        calendar = new CalendarViewModel(planning, workspace.workflow(), tasks, messages, clock, USER_ZONE);
        calendar.setOverlaySource(workspace.overlays()::eventsBetween);
        rememberCalendarChoices();
        ReviewViewModel review = new ReviewViewModel(workspace.workflow(), tasks, messages);
        ReportsViewModel reports = new ReportsViewModel(planning, tasks, messages);
        WatchListViewModel watchLists = new WatchListViewModel(workspace.ethics(), tasks, messages);
        liveReload = () -> {
            shell.refresh();
            calendar.load();
            review.load();
        };
        Runnable reloadAll = () -> {
            shell.refresh();
            calendar.load();
            review.load();
            reports.load();
            watchLists.load();
        };
        settings = new SettingsViewModel(workspace.backups(), tasks, messages, language, theme, reloadAll);
        settings.copies().addListener((javafx.collections.ListChangeListener<id.warta.service.BackupInfo>) c ->
                shell.lastBackupProperty().set(settings.copies().isEmpty() ? null : settings.copies().get(0).createdAt()));
        firstStart = new FirstStartViewModel(planning, workspace.demo(), tasks, messages, reloadAll);
        shell.demoProperty().bind(firstStart.demoLoadedProperty());
        firstStart.problemProperty().addListener((o, a, b) -> shell.reportProblem(b));

        Map<Screen, Node> screens = new EnumMap<>(Screen.class);
        calendarView = new CalendarView(calendar, messages);
        exportModel = new ExportViewModel(workspace.export(), tasks, messages);
        var readOnly = TeamModeParts.banner(workspace, messages);
        calendarView.setOnNewPost(() -> openEditor(null), readOnly.activeProperty());
        calendarView.setOnExport(this::openExport);
        calendarView.setOnOpen(entry -> openEditor(entry.postId()));
        search = new id.warta.ui.calendar.SearchField(new id.warta.ui.calendar.SearchViewModel(workspace.search(), tasks,
                messages, calendar, this::openEditor), messages);
        calendarView.setSearch(search);
        calendarView.enableDuplicate(new id.warta.ui.calendar.DuplicateViewModel(workspace.editing(), tasks, messages,
                calendar, this::openEditor));
        calendarView.setOnConvert(event -> convertToPost(event.title(), event.firstDay()));
        screens.put(Screen.CALENDAR, calendarView);
        screens.put(Screen.REVIEW, new ReviewView(review, messages, USER_ZONE));
        AuditTrailViewModel auditTrail = new AuditTrailViewModel(workspace.evidence(), tasks, messages,
                javafx.application.Platform::runLater, clock, USER_ZONE);
        screens.put(Screen.REPORTS, new ReportsView(reports, auditTrail, messages));
        screens.put(Screen.SETTINGS, new SettingsView(settings, watchLists, messages));
        CaldavViewModel caldav = new CaldavViewModel(workspace.caldav(), tasks, javafx.application.Platform::runLater,
                messages);
        ((SettingsView) screens.get(Screen.SETTINGS)).append("caldav.title", new CaldavSection(caldav, messages));
        caldav.load();
        var hashtagGroups = id.warta.ui.editor.HashtagGroupsViewModel.standalone(workspace.hashtagGroups(), tasks,
                messages);
        ((SettingsView) screens.get(Screen.SETTINGS)).append("hashtagGroup.title",
                id.warta.ui.editor.HashtagGroupsPane.withClientPicker(hashtagGroups));
        hashtagGroups.loadClients(workspace.ethics()::clients);
        shell.screenProperty().addListener((o, a, b) -> {
            // Decisions made elsewhere (another screen, another user on this computer) show on arrival.
            if (b == Screen.REVIEW) {
                review.load();
            } else if (b == Screen.CALENDAR) {
                calendar.load();
            }
        });
        shell.show(current);
        ShellView view = new ShellView(shell, messages, screens, theme, language);
        SessionParts.attach(workspace, tasks, messages, shell, view, (SettingsView) screens.get(Screen.SETTINGS),
                java.time.LocalDate.now(clock.withZone(USER_ZONE)), this::rebuild, onSignOut);
        FeedParts.attach((SettingsView) screens.get(Screen.SETTINGS), workspace, feedServer, exportModel::filter, tasks,
                messages, calendar::load, overlayRefresher);
        PlanningParts.attach(workspace, tasks, messages, calendar, calendarView,
                (SettingsView) screens.get(Screen.SETTINGS), USER_ZONE);
        (teamMode != null ? teamMode : TeamModeParts.singleUser(preferences))
                .attachSettings((SettingsView) screens.get(Screen.SETTINGS), tasks, messages);
        reloadAll.run();
        settings.loadBackups();
        firstStart.offerProperty().addListener((o, a, offer) -> {
            // Once someone is signed in the database has real users: the demo (whose people share a published
            // password) is no longer offered, and the first-start card already offered it.
            if (offer && stage != null && workspace.auth().current().user().isEmpty()) {
                FirstStartDialog.ask(stage, messages, firstStart);
            }
        });
        firstStart.check();
        // Queued behind the first screen's data on the database thread, so it never delays the first frame.
        javafx.application.Platform.runLater(auditTrail::check);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(view);
        root.setTop(new javafx.scene.layout.VBox(TeamModeParts.bannerView(readOnly), new ChainAlarmBanner(auditTrail),
                new id.warta.ui.shell.ConnectionBanner(connection, lastSynced, messages, USER_ZONE)));
        return root;
    }

    /** The post editor: a new post (Ctrl+N) or a saved one (double-click or Enter in the calendar). */
    public id.warta.ui.editor.EditorWindow openEditor(String postId) {
        if (postId == null && workspace.readOnly().active()) {
            return null;
        }
        var model = editorModel();
        return postId == null ? id.warta.ui.editor.EditorWindow.createNew(stage, model)
                : id.warta.ui.editor.EditorWindow.open(stage, model, postId);
    }

    /** Ctrl+F: the calendar comes to the front with its search box focused. */
    private void focusSearch() {
        shell.show(id.warta.ui.shell.Screen.CALENDAR);
        search.focusSearch();
    }

    /** "Jadikan postingan" on an overlay event: a new, unsaved post with its title and day. */
    public id.warta.ui.editor.EditorWindow convertToPost(String title, java.time.LocalDate day) {
        return id.warta.ui.editor.EditorWindow.createFrom(stage, editorModel(), title, day);
    }

    private id.warta.ui.editor.EditorViewModel editorModel() {
        var model = new id.warta.ui.editor.EditorViewModel(workspace.editing(), workspace.ethics(),
                workspace.workflow(), tasks, checks, new Messages(language.get()), clock, USER_ZONE,
                workspace.hashtagGroups(), workspace.media(), files);
        model.setScheduleCheck(workspace.planningRules()::check);
        // A saved draft's findings are recorded, so the calendar's badge tells what the editor showed.
        model.setOnSaved(saved -> tasks.submit(() -> workspace.ethics().checkPost(saved.id()), r -> calendar.load(),
                e -> calendar.load()));
        return model;
    }

    /** The export dialog, from the calendar's toolbar or Ctrl+E. */
    public Stage openExport() {
        return ExportDialog.show(stage, exportModel, new Messages(language.get()));
    }

    /** The calendar opens in the view and colouring the user last chose on this computer. */
    private void rememberCalendarChoices() {
        preferences.get("calendarView").flatMap(id.warta.ui.calendar.CalendarMode::fromCode)
                .ifPresent(calendar.modeProperty()::set);
        preferences.get("calendarColour").filter(c -> c.equals("state"))
                .ifPresent(c -> calendar.colourByProperty().set(id.warta.ui.calendar.ColourBy.STATE));
        calendar.modeProperty().addListener((o, a, b) -> {
            preferences.put("calendarView", b.code());
            savePreferences();
        });
        calendar.colourByProperty().addListener((o, a, b) -> {
            preferences.put("calendarColour", b == id.warta.ui.calendar.ColourBy.STATE ? "state" : "client");
            savePreferences();
        });
    }

    private void applyTheme(Theme t) {
        style(scene, t);
    }

    /** The theme's user-agent sheet and Warta's token and layout sheets, for any scene of the window. */
    static void style(Scene scene, Theme t) {
        Application.setUserAgentStylesheet(t == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(
                MainWindow.class.getResource("/css/tokens-" + t.code() + ".css").toExternalForm(),
                MainWindow.class.getResource("/css/warta.css").toExternalForm());
    }

    /** Builds the views again for the user now signed in (after "try as"), keeping the screen. */
    public void rebuild() {
        scene.setRoot(build(shell.screenProperty().get()));
    }

    private void savePreferences() {
        tasks.submit(() -> {
            preferences.save();
            return null;
        }, ok -> { }, e -> { });
    }

    /** Someone else changed the team database: the calendar, the review queue and the counts read again. FX thread. */
    public void reloadLiveData() {
        liveReload.run();
    }

    /** The team server's state for the banner; FX thread. */
    public void showConnection(id.warta.service.FeedStatus status) {
        connection.set(status);
    }

    /** On the offline copy: when it was last synced with the server (shown with the offline state); FX thread. */
    public void showLastSynced(java.time.Instant syncedAt) {
        lastSynced.set(syncedAt);
    }

    /** Called when a backup made outside the settings screen (on start) has finished. */
    public void backupsChanged() {
        settings.loadBackups();
    }

    public ShellViewModel shell() {
        return shell;
    }

    public CalendarViewModel calendar() {
        return calendar;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
