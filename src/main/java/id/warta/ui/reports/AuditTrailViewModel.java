package id.warta.ui.reports;

import id.warta.domain.AuditChain;
import id.warta.service.ChainStatus;
import id.warta.service.EvidenceExporter;
import id.warta.service.EvidenceRequest;
import id.warta.service.EvidenceResult;
import id.warta.service.EvidenceScope;
import id.warta.service.Messages;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The audit trail panel of the reports screen and the broken-chain banner: the chain's length,
 * state and head, and evidence exports for a period or one post, run in the background.
 */
public final class AuditTrailViewModel {
    /** What an export covers. */
    public enum Scope { DATES, POST }

    private final EvidenceExporter evidence;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<Runnable> uiThread;

    private final LongProperty entries = new SimpleLongProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final BooleanProperty broken = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty head = new SimpleStringProperty("");
    private final StringProperty banner = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.DATES);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty postId = new SimpleStringProperty("");
    private final BooleanProperty zip = new SimpleBooleanProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    /**
     * @param uiThread hands progress from the export's thread to the UI thread
     *                 ({@code Platform::runLater} in the app, {@code Runnable::run} in tests)
     */
    public AuditTrailViewModel(EvidenceExporter evidence, BackgroundTasks tasks, Messages messages,
                               Consumer<Runnable> uiThread, Clock clock, ZoneId zone) {
        this.evidence = evidence;
        this.tasks = tasks;
        this.messages = messages;
        this.uiThread = uiThread;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from.set(today.withDayOfMonth(1));
        to.set(today);
    }

    /** Verifies the whole chain in the background. */
    public void check() {
        checking.set(true);
        status.set(messages.get("reports.audit.checking"));
        tasks.submit(evidence::status, this::show, e -> {
            checking.set(false);
            status.set("");
            problem.set(ErrorText.of(e, messages));
        });
    }

    private void show(ChainStatus s) {
        checking.set(false);
        entries.set(s.entries());
        head.set(s.head());
        AuditChain.Verification v = s.verification();
        broken.set(!v.intact());
        status.set(v.intact() ? messages.get("reports.audit.intact")
                : messages.format("reports.audit.broken", Long.toString(v.brokenSeq()), messages.get(s.reasonKey())));
        banner.set(v.intact() ? "" : messages.format("audit.banner.broken", Long.toString(v.brokenSeq()), v.brokenId()));
    }

    /** Writes evidence for the chosen scope into {@code folder}, under a name that says what and when. */
    public void export(Path folder) {
        if (exporting.get()) {
            return;
        }
        if (scope.get() == Scope.DATES && (from.get() == null || to.get() == null)) {
            problem.set(messages.get("reports.audit.datesMissing"));
            return;
        }
        EvidenceScope chosen;
        try {
            chosen = scope.get() == Scope.POST ? EvidenceScope.post(postId.get() == null ? "" : postId.get())
                    : EvidenceScope.dates(from.get(), to.get());
        } catch (RuntimeException refused) {
            problem.set(ErrorText.of(refused, messages));
            message.set("");
            return;
        }
        EvidenceRequest request = new EvidenceRequest(chosen, folder.resolve(evidence.suggestedName(chosen, zip.get())),
                zip.get(), messages.locale());
        exporting.set(true);
        progress.set(0);
        problem.set("");
        message.set(messages.get("reports.audit.exporting"));
        tasks.submit(() -> evidence.export(request, done -> uiThread.accept(() -> progress.set(done))),
                (EvidenceResult r) -> {
                    exporting.set(false);
                    progress.set(1);
                    show(r.chain());
                    message.set(r.chain().intact()
                            ? messages.format("reports.audit.exported", r.written().toString(), Integer.toString(r.exported()))
                            : messages.format("reports.audit.exportedBroken", r.written().toString(),
                                    Integer.toString(r.exported()), Long.toString(r.chain().verification().brokenSeq())));
                }, e -> {
                    exporting.set(false);
                    message.set("");
                    problem.set(ErrorText.of(e, messages));
                });
    }

    /** The view copied the head hash to the clipboard; remind the user why. */
    public void headCopied() {
        problem.set("");
        message.set(messages.get("reports.audit.copied"));
    }

    public LongProperty entriesProperty() {
        return entries;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public BooleanProperty brokenProperty() {
        return broken;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty headProperty() {
        return head;
    }

    /** Empty while the chain is intact; else the sentence the red banner shows to everyone. */
    public StringProperty bannerProperty() {
        return banner;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty postIdProperty() {
        return postId;
    }

    public BooleanProperty zipProperty() {
        return zip;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
