package id.warta.app;

import id.warta.service.ExportFilter;
import id.warta.service.FeedHosting;
import id.warta.service.Messages;
import id.warta.service.Workspace;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.settings.FeedServerControl;
import id.warta.ui.settings.FeedsSection;
import id.warta.ui.settings.FeedsViewModel;
import id.warta.ui.settings.OverlaysSection;
import id.warta.ui.settings.OverlaysViewModel;
import id.warta.ui.settings.SettingsView;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds the iCalendar sections to the settings (subscriptions, extra calendars); kept out of
 * {@link MainWindow} to keep its wiring short.
 */
final class FeedParts {
    /** For windows built without a server (tests): the section says the server is off. */
    static final FeedServerControl NO_SERVER = new FeedServerControl() {
        @Override
        public Optional<String> ensureStarted() {
            return Optional.empty();
        }

        @Override
        public Optional<String> restart() {
            return Optional.empty();
        }
    };

    private FeedParts() {
    }

    static FeedHosting hosting(Workspace workspace) {
        return new FeedHosting(workspace.transactor(), workspace.settings(), () -> workspace.auth().current().user());
    }

    /**
     * @param refresher the window's background refresh of subscribed overlays, or null (tests): then
     *                  fetches run on {@code tasks}
     */
    static void attach(SettingsView settings, Workspace workspace, FeedServerControl server,
                       Supplier<ExportFilter> currentFilter, BackgroundTasks tasks, Messages messages,
                       Runnable afterOverlayChange, OverlayRefresher refresher) {
        FeedsViewModel model = new FeedsViewModel(workspace.feeds(), hosting(workspace), server, currentFilter, tasks,
                messages);
        settings.append("feeds.title", new FeedsSection(model, messages));
        model.load();
        OverlaysViewModel overlays = new OverlaysViewModel(workspace.overlays(), tasks,
                refresher == null ? tasks : refresher, messages, afterOverlayChange);
        settings.append("overlay.title", new OverlaysSection(overlays, messages));
        overlays.load();
        if (refresher != null) {
            // One listener per window build: a rebuilt window (language change) replaces the old one.
            refresher.setListener(changed -> {
                overlays.load();
                if (changed) {
                    afterOverlayChange.run();
                }
            });
        }
    }
}
