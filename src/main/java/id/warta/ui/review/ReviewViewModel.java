package id.warta.ui.review;

import id.warta.domain.ApprovalGate;
import id.warta.domain.Checklist;
import id.warta.domain.Finding;
import id.warta.domain.Post;
import id.warta.service.Messages;
import id.warta.service.ReviewDetail;
import id.warta.service.ReviewItem;
import id.warta.service.StaleVersionException;
import id.warta.service.WorkflowService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The supervisor's review desk: the queue of posts this user may decide on, the chosen post with its
 * findings and thread, the eight-principle checklist, and the decisions. Every decision goes through
 * {@link WorkflowService}, which refuses what the user may not do; this class only keeps the screen honest.
 */
public final class ReviewViewModel {
    private final WorkflowService workflow;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final ObservableList<ReviewItem> all = FXCollections.observableArrayList();
    private final FilteredList<ReviewItem> visible = new FilteredList<>(all, i -> true);
    private final ObservableList<String> clients = FXCollections.observableArrayList();
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<String> clientFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> accountFilter = new SimpleObjectProperty<>();

    private final ObjectProperty<ReviewItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewDetail> detail = new SimpleObjectProperty<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> openBlocks = FXCollections.observableArrayList();
    private final List<ChecklistRow> checklist = new ArrayList<>();
    private final StringProperty decisionText = new SimpleStringProperty("");
    private final StringProperty commentText = new SimpleStringProperty("");
    private final BooleanProperty reviewerNote = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<ReviewConflict> conflict = new SimpleObjectProperty<>();
    private final BooleanBinding checklistComplete;
    private final BooleanBinding canApprove;
    private final BooleanBinding canDecide;

    public ReviewViewModel(WorkflowService workflow, BackgroundTasks tasks, Messages messages) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.messages = messages;
        for (int p = 1; p <= Checklist.PRINCIPLES; p++) {
            checklist.add(new ChecklistRow(p));
        }
        checklistComplete = Bindings.createBooleanBinding(
                () -> checklist.stream().allMatch(r -> r.completeProperty().get()),
                checklist.stream().map(ChecklistRow::completeProperty).toArray(javafx.beans.Observable[]::new));
        canDecide = detail.isNotNull().and(busy.not());
        canApprove = canDecide.and(checklistComplete).and(Bindings.isEmpty(openBlocks));
        clientFilter.addListener((o, a, b) -> refilter());
        accountFilter.addListener((o, a, b) -> refilter());
    }

    // ---- loading -----------------------------------------------------------------------------

    /** Reloads the queue, keeping the chosen post when it is still waiting. */
    public void load() {
        tasks.submit(workflow::queue, items -> {
            String keep = selected.get() == null ? null : selected.get().post().id();
            all.setAll(items);
            clients.setAll(distinct(items, ReviewItem::clientName));
            accounts.setAll(items.stream().flatMap(i -> i.accounts().stream())
                    .map(a -> a.handle()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
            problem.set("");
            select(visible.stream().filter(i -> i.post().id().equals(keep)).findFirst().orElse(null));
        }, this::fail);
    }

    public void select(ReviewItem item) {
        if (Objects.equals(item, selected.get()) && detail.get() != null) {
            return;
        }
        selected.set(item);
        checklist.forEach(ChecklistRow::clear);
        decisionText.set("");
        commentText.set("");
        if (item == null) {
            showDetail(null);
            return;
        }
        loadDetail(item.post().id());
    }

    private void loadDetail(String postId) {
        tasks.submit(() -> workflow.reviewDetail(postId), this::showDetail, this::fail);
    }

    /** Findings first: the view redraws when the detail changes and reads them then. */
    private void showDetail(ReviewDetail d) {
        List<Finding> found = d == null ? List.of() : d.check().map(c -> c.findings()).orElse(List.of());
        findings.setAll(found);
        openBlocks.setAll(d == null ? List.of() : ApprovalGate.openBlocks(found, d.overrides()));
        detail.set(d);
    }

    // ---- decisions ---------------------------------------------------------------------------

    public void approve() {
        Checklist answers = Checklist.of(checklist.stream().flatMap(r -> r.toAnswer().stream()).toList());
        String comment = decisionText.get();
        decide(p -> workflow.approve(p.id(), p.version(), answers, comment), "review.done.approved");
    }

    public void requestChanges() {
        String comment = decisionText.get();
        decide(p -> workflow.requestChanges(p.id(), p.version(), comment), "review.done.changesRequested");
    }

    public void reject() {
        String reason = decisionText.get();
        decide(p -> workflow.reject(p.id(), p.version(), reason), "review.done.rejected");
    }

    /** Sets a blocking finding aside for this post; the reason is kept with the approval. */
    public void override(Finding finding, String reason) {
        ReviewDetail d = detail.get();
        if (d == null) {
            return;
        }
        run(() -> workflow.overrideFinding(d.post().id(), finding.ruleId(), finding.excerpt(), reason), ok -> {
            notice.set(messages.get("review.done.overridden"));
            loadDetail(d.post().id());
        });
    }

    public void addComment() {
        ReviewDetail d = detail.get();
        String body = commentText.get().strip();
        if (d == null || body.isEmpty()) {
            return;
        }
        boolean privateNote = reviewerNote.get();
        run(() -> workflow.addComment(d.post().id(), body, privateNote), ok -> {
            commentText.set("");
            loadDetail(d.post().id());
        });
    }

    /** After a conflict: show the stored version and start the decision again. */
    public void reloadAfterConflict() {
        conflict.set(null);
        ReviewItem item = selected.get();
        selected.set(null);
        load();
        if (item != null) {
            select(item);
        }
    }

    private void decide(Function<Post, Post> action, String doneKey) {
        ReviewDetail d = detail.get();
        if (d == null) {
            return;
        }
        Post reviewed = d.post();
        run(() -> action.apply(reviewed), saved -> {
            notice.set(messages.format(doneKey, saved.title()));
            selected.set(null);
            showDetail(null);
            checklist.forEach(ChecklistRow::clear);
            decisionText.set("");
            load();
        }, reviewed);
    }

    private <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<T> done) {
        run(work, done, null);
    }

    private <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<T> done, Post reviewed) {
        busy.set(true);
        problem.set("");
        notice.set("");
        tasks.submit(work, result -> {
            busy.set(false);
            done.accept(result);
        }, e -> {
            busy.set(false);
            if (reviewed != null && isStale(e)) {
                showConflict(reviewed);
            } else {
                fail(e);
            }
        });
    }

    private void showConflict(Post reviewed) {
        tasks.submit(() -> workflow.detail(reviewed.id()).post(),
                current -> conflict.set(new ReviewConflict(reviewed, current)), this::fail);
    }

    private static boolean isStale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StaleVersionException) {
                return true;
            }
        }
        return false;
    }

    private void fail(Throwable e) {
        problem.set(ErrorText.of(e, messages));
    }

    private void refilter() {
        String client = clientFilter.get();
        String account = accountFilter.get();
        visible.setPredicate(i -> (client == null || client.equals(i.clientName()))
                && (account == null || i.accounts().stream().anyMatch(a -> a.handle().equals(account))));
    }

    private static List<String> distinct(List<ReviewItem> items, Function<ReviewItem, String> key) {
        return items.stream().map(key).filter(s -> !s.isBlank())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    // ---- state for the view ------------------------------------------------------------------

    public ObservableList<ReviewItem> queue() {
        return visible;
    }

    public ObservableList<String> clients() {
        return clients;
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    public ObjectProperty<String> clientFilterProperty() {
        return clientFilter;
    }

    public ObjectProperty<String> accountFilterProperty() {
        return accountFilter;
    }

    public ObjectProperty<ReviewItem> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ReviewDetail> detailProperty() {
        return detail;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<Finding> openBlocks() {
        return openBlocks;
    }

    public List<ChecklistRow> checklist() {
        return List.copyOf(checklist);
    }

    public StringProperty decisionTextProperty() {
        return decisionText;
    }

    public StringProperty commentTextProperty() {
        return commentText;
    }

    public BooleanProperty reviewerNoteProperty() {
        return reviewerNote;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<ReviewConflict> conflictProperty() {
        return conflict;
    }

    public BooleanBinding checklistCompleteProperty() {
        return checklistComplete;
    }

    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }
}
