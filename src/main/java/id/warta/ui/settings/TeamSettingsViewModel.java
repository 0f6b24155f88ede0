package id.warta.ui.settings;

import id.warta.service.Messages;
import id.warta.service.TeamProfile;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Tim: which team profile this computer uses, what it points at, whether Warta opens on
 * it at the next start, going back to the single-user database, and forgetting a saved password.
 * Only the profile's path is remembered; never a password.
 */
public final class TeamSettingsViewModel {
    /** This computer's team choices (the app keeps them in its preferences and keyring). */
    public interface Choices {
        /** The profile Warta opens at start, if any. */
        Optional<Path> openAtStart();

        void openAtStart(Path profile);

        /** Back to single-user: the next start opens the database file again. */
        void singleUser();

        /** Forgets the password saved for this profile, in the keyring and in this session. */
        void forgetPassword(TeamProfile profile);
    }

    private final Choices choices;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final boolean teamSession;
    private final StringProperty profilePath = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty schema = new SimpleStringProperty("");
    private final BooleanProperty openAtStart = new SimpleBooleanProperty();
    private final BooleanProperty profileLoaded = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private TeamProfile profile;
    private boolean applying;

    /**
     * @param current the profile of this session in team mode; empty in single-user mode
     */
    public TeamSettingsViewModel(Choices choices, Optional<TeamProfile> current, BackgroundTasks tasks,
                                 Messages messages) {
        this.choices = choices;
        this.tasks = tasks;
        this.messages = messages;
        this.teamSession = current.isPresent();
        current.ifPresent(this::show);
        openAtStart.addListener((o, was, on) -> {
            if (!applying) {
                changeOpenAtStart(on);
            }
        });
    }

    /** Shows the profile remembered for the next start when this is a single-user session. */
    public void load() {
        if (profile != null) {
            setQuietly(choices.openAtStart().map(p -> samePath(p, profile.file())).orElse(false));
            return;
        }
        choices.openAtStart().ifPresent(path -> tasks.submit(() -> TeamProfile.load(path), p -> {
            show(p);
            setQuietly(true);
        }, e -> fail(e)));
    }

    /** Reads a profile file the user chose; it becomes this computer's profile once "open at start" is ticked. */
    public void choose(Path file) {
        tasks.submit(() -> TeamProfile.load(file), p -> {
            show(p);
            setQuietly(false);
            message.set(messages.get("team.settings.chosen"));
            problem.set(false);
        }, this::fail);
    }

    public void backToSingleUser() {
        setQuietly(false);
        save(choices::singleUser,
                messages.get(teamSession ? "team.settings.singleUser.restart" : "team.settings.singleUser.done"));
    }

    public void forgetPassword() {
        if (profile == null) {
            return;
        }
        TeamProfile p = profile;
        tasks.submit(() -> {
            choices.forgetPassword(p);
            return Boolean.TRUE;
        }, ok -> {
            message.set(messages.get("team.settings.forgotten"));
            problem.set(false);
        }, this::fail);
    }

    private void changeOpenAtStart(boolean on) {
        if (profile == null) {
            setQuietly(false);
            return;
        }
        if (on) {
            Path file = profile.file().toAbsolutePath();
            save(() -> choices.openAtStart(file), messages.format("team.settings.openAtStart.on", profile.address()));
        } else {
            save(choices::singleUser, messages.get("team.settings.singleUser.done"));
        }
    }

    /** Preferences are a file: written in the background. */
    private void save(Runnable change, String done) {
        tasks.submit(() -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> {
            message.set(done);
            problem.set(false);
        }, this::fail);
    }

    private void show(TeamProfile p) {
        profile = p;
        profilePath.set(p.file().toAbsolutePath().toString());
        host.set(p.host() + ":" + p.port());
        database.set(p.database());
        schema.set(p.schema());
        profileLoaded.set(true);
    }

    private void fail(Throwable e) {
        message.set(ErrorText.of(e, messages));
        problem.set(true);
    }

    private void setQuietly(boolean on) {
        applying = true;
        try {
            openAtStart.set(on);
        } finally {
            applying = false;
        }
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    public boolean teamSession() {
        return teamSession;
    }

    public StringProperty profilePathProperty() {
        return profilePath;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty schemaProperty() {
        return schema;
    }

    public BooleanProperty openAtStartProperty() {
        return openAtStart;
    }

    public BooleanProperty profileLoadedProperty() {
        return profileLoaded;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty problemProperty() {
        return problem;
    }
}
