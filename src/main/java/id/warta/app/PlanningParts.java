package id.warta.app;

import id.warta.domain.Role;
import id.warta.service.Messages;
import id.warta.service.OverlayEvent;
import id.warta.service.Workspace;
import id.warta.ui.calendar.CalendarView;
import id.warta.ui.calendar.CalendarViewModel;
import id.warta.ui.calendar.PlanningPanel;
import id.warta.ui.calendar.PlanningPanelModel;
import id.warta.ui.calendar.ScheduleWarningDialog;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.settings.AccountPlansSection;
import id.warta.ui.settings.AccountPlansViewModel;
import id.warta.ui.settings.BlackoutSection;
import id.warta.ui.settings.BlackoutsViewModel;
import id.warta.ui.settings.SettingsView;
import java.time.ZoneId;
import java.util.ArrayList;
import id.warta.ui.calendar.CadenceGapOverlay;
import java.util.List;

/**
 * Wires the planning aids (issue 7) into one built window: blackouts on the calendar and checked
 * before a move, the content-mix and cadence panel beside the calendar, and the administrator's
 * sections for blackouts and account posting hours in the settings.
 */
final class PlanningParts {
    private PlanningParts() {
    }

    static PlanningPanelModel attach(Workspace workspace, BackgroundTasks tasks, Messages messages,
                                     CalendarViewModel calendar, CalendarView calendarView, SettingsView settings,
                                     ZoneId zone) {
        var rules = workspace.planningRules();
        var overlays = workspace.overlays();
        calendar.setOverlaySource((first, last) -> {
            List<OverlayEvent> all = new ArrayList<>(overlays.eventsBetween(first, last));
            all.addAll(rules.blackoutEvents(first, last, zone));
            all.addAll(CadenceGapOverlay.asEvents(rules.cadenceGaps(first, last, zone), messages));
            return all;
        });
        calendar.setScheduleCheck(ScheduleWarningDialog.check(rules::check,
                () -> calendarView.getScene() == null ? null : calendarView.getScene().getWindow(), messages));
        PlanningPanelModel panel = new PlanningPanelModel(calendar, tasks, messages, rules::cadenceGaps);
        calendarView.setRight(new PlanningPanel(panel));

        boolean admin = workspace.auth().current().user().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
        Runnable redraw = calendar::load;
        BlackoutsViewModel blackouts = new BlackoutsViewModel(rules, workspace.planning()::clients, tasks, messages,
                admin, zone, redraw);
        AccountPlansViewModel plans = new AccountPlansViewModel(rules, workspace.planning()::clients, tasks, messages,
                admin, redraw);
        settings.append("blackout.title", new BlackoutSection(blackouts, messages));
        settings.append("accountPlan.title", new AccountPlansSection(plans, messages));
        blackouts.load();
        if (admin) {
            blackouts.startNew();
        }
        plans.load();
        return panel;
    }
}
