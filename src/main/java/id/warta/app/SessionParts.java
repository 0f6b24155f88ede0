package id.warta.app;

import id.warta.service.Messages;
import id.warta.service.Workspace;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.settings.DelegationSection;
import id.warta.ui.settings.DelegationsViewModel;
import id.warta.ui.settings.SettingsView;
import id.warta.ui.settings.UsersSection;
import id.warta.ui.settings.UsersViewModel;
import id.warta.ui.shell.ShellView;
import id.warta.ui.shell.ShellViewModel;
import id.warta.ui.signin.SessionMenus;
import id.warta.ui.signin.SessionViewModel;
import java.time.LocalDate;

/**
 * Wires what depends on who is signed in into one built window: the user menu and demo switcher in the
 * top bar, and the users and delegation sections of the settings. Kept apart from {@link MainWindow} so
 * the window's own wiring stays short.
 */
final class SessionParts {
    private SessionParts() {
    }

    static void attach(Workspace workspace, BackgroundTasks tasks, Messages messages, ShellViewModel shellModel,
                       ShellView shell,
                       SettingsView settings, LocalDate today, Runnable afterSwitch, Runnable afterSignOut) {
        var me = workspace.auth().current().user();
        if (me.isEmpty()) {
            return;
        }
        SessionViewModel session = new SessionViewModel(workspace.auth(), workspace.demo(), tasks, messages);
        session.problemProperty().addListener((o, a, problem) -> shellModel.reportProblem(problem));
        SessionMenus menus = new SessionMenus(session, messages);
        shell.setSessionControls(menus.demoSwitcher(afterSwitch), menus.userMenu(afterSignOut));
        session.load();
        if (settings != null) {
            UsersViewModel users = new UsersViewModel(workspace.auth(), workspace.ethics()::clients, tasks, messages);
            DelegationsViewModel delegations = new DelegationsViewModel(workspace.delegations(), tasks, messages, me,
                    today);
            settings.append("users.title", new UsersSection(users, messages));
            settings.append("delegations.title", new DelegationSection(delegations, messages));
            users.load();
            delegations.load();
        }
    }
}
