package id.warta.ui.review;

import id.warta.domain.Account;
import id.warta.domain.Finding;
import id.warta.domain.FindingOverride;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;
import id.warta.domain.ReviewDecision;
import id.warta.domain.Severity;
import id.warta.domain.WordDiff;
import id.warta.service.Comment;
import id.warta.service.Messages;
import id.warta.service.ReviewDetail;
import id.warta.ui.common.Formats;
import id.warta.ui.common.StateStyles;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The chosen post as the reviewer reads it: text, changes since approval, accounts, findings, history, thread. */
final class ReviewDetailPane extends StackPane {
    private final ReviewViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final ZoneId zone;
    private final VBox content = new VBox(14);
    private final VBox thread = new VBox(8);

    ReviewDetailPane(ReviewViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.zone = zone;
        getStyleClass().add("review-detail");
        content.setPadding(new Insets(16));
        content.setId("review-detail");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Label nothing = new Label(messages.get("review.pickOne"));
        nothing.getStyleClass().add("text-muted");
        nothing.visibleProperty().bind(model.detailProperty().isNull());
        scroll.visibleProperty().bind(model.detailProperty().isNotNull());
        getChildren().addAll(nothing, scroll);
        model.detailProperty().addListener((o, a, d) -> render(d));
    }

    private void render(ReviewDetail d) {
        content.getChildren().clear();
        if (d == null) {
            return;
        }
        Label title = new Label(d.post().title());
        title.setId("review-post-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label state = new Label(messages.get(StateStyles.labelKey(d.post().state())));
        state.getStyleClass().addAll("state-badge", StateStyles.styleClass(d.post().state()));
        Label meta = new Label(messages.format("review.meta", nameOf(d, d.post().authorId()),
                formats.dateTime(d.post().updatedAt(), zone)));
        meta.getStyleClass().addAll("text-muted", "text-small");
        meta.setWrapText(true);
        HBox head = new HBox(8, state, meta);
        head.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().addAll(title, head);
        Optional.ofNullable(model.selectedProperty().get()).flatMap(i -> i.onBehalfOf()).ifPresent(boss -> {
            Label plh = new Label(messages.format("review.asPlh", boss));
            plh.setId("review-as-plh");
            plh.getStyleClass().add("review-plh");
            content.getChildren().add(plh);
        });
        if (!d.changesSinceApproval().isEmpty()) {
            content.getChildren().addAll(section("review.section.changes"), diff(d));
        }
        Label body = new Label(d.post().body());
        body.setId("review-post-body");
        body.setWrapText(true);
        body.getStyleClass().add("review-body");
        content.getChildren().add(body);
        if (!d.post().hashtags().isEmpty()) {
            Label tags = new Label(String.join(" ", d.post().hashtags()));
            tags.getStyleClass().add("text-muted");
            content.getChildren().add(tags);
        }
        content.getChildren().add(section("review.section.accounts"));
        for (PostTarget t : d.targets()) {
            content.getChildren().add(target(d, t));
        }
        content.getChildren().add(section("review.section.findings"));
        content.getChildren().add(findings(d));
        if (!d.decisions().isEmpty()) {
            content.getChildren().add(section("review.section.history"));
            d.decisions().forEach(decision -> content.getChildren().add(decision(d, decision)));
        }
        content.getChildren().add(section("review.section.thread"));
        content.getChildren().add(thread(d));
    }

    private Node diff(ReviewDetail d) {
        TextFlow flow = new TextFlow();
        flow.setId("review-diff");
        flow.getStyleClass().add("review-diff");
        for (WordDiff.Segment s : d.changesSinceApproval()) {
            Text t = new Text(s.text());
            t.getStyleClass().add(switch (s.kind()) {
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
                case SAME -> "diff-same";
            });
            t.setStrikethrough(s.kind() == WordDiff.Kind.REMOVED);
            t.setUnderline(s.kind() == WordDiff.Kind.ADDED);
            flow.getChildren().add(t);
        }
        return flow;
    }

    private Node target(ReviewDetail d, PostTarget t) {
        Account a = d.accounts().get(t.accountId());
        String where = a == null ? t.accountId() : a.channel().displayName() + " · " + a.handle();
        String when = a == null ? formats.dateTime(t.scheduledAt(), zone) : formats.dateTime(t.scheduledAt(), a.zone().zoneId())
                + " " + a.zone().name();
        Label line = new Label(where + " — " + when);
        line.getStyleClass().add("review-target");
        line.setWrapText(true);
        VBox box = new VBox(4, line);
        d.variants().stream().filter(v -> v.accountId().equals(t.accountId())).map(PostVariant::body).findFirst()
                .ifPresent(text -> {
                    Label variant = new Label(text);
                    variant.setWrapText(true);
                    variant.getStyleClass().add("review-variant");
                    box.getChildren().add(variant);
                });
        return box;
    }

    private Node findings(ReviewDetail d) {
        VBox list = new VBox(8);
        list.setId("review-findings");
        if (d.check().isEmpty()) {
            list.getChildren().add(muted(messages.get("review.findings.notChecked")));
            return list;
        }
        if (model.findings().isEmpty()) {
            list.getChildren().add(muted(messages.format("review.findings.none", d.check().get().rulePack())));
            return list;
        }
        for (Finding f : model.findings()) {
            list.getChildren().add(finding(d, f));
        }
        list.getChildren().add(muted(messages.format("review.findings.pack", d.check().get().rulePack())));
        return list;
    }

    private Node finding(ReviewDetail d, Finding f) {
        Label severity = new Label(messages.get(switch (f.severity()) {
            case BLOCK -> "review.severity.block";
            case WARN -> "review.severity.warn";
            case INFO -> "review.severity.info";
        }));
        severity.getStyleClass().addAll("severity-badge", "severity-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
        Label excerpt = new Label("\u201c" + f.excerpt() + "\u201d");
        excerpt.getStyleClass().add("finding-excerpt");
        excerpt.setWrapText(true);
        String principles = f.principles().stream().map(String::valueOf).collect(Collectors.joining(", "));
        Label principle = muted(messages.format("review.findings.principles", principles));
        severity.setMinWidth(Region.USE_PREF_SIZE);
        principle.setMinWidth(Region.USE_PREF_SIZE);
        principle.setWrapText(false);
        excerpt.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(excerpt, Priority.ALWAYS);
        HBox head = new HBox(8, severity, excerpt, principle);
        head.setAlignment(Pos.TOP_LEFT);
        Label message = new Label(f.message(messages.locale()));
        message.setWrapText(true);
        VBox box = new VBox(4, head, message);
        box.getStyleClass().add("finding-card");
        Optional<FindingOverride> override = d.overrides().stream().filter(o -> o.covers(f)).findFirst();
        if (override.isPresent()) {
            box.getChildren().add(muted(messages.format("review.findings.overridden",
                    nameOf(d, override.get().userId()), override.get().reason())));
        } else if (f.severity() == Severity.BLOCK) {
            Button set = new Button(messages.get("review.override"));
            set.getStyleClass().addAll("small", "danger");
            set.setId("review-override-" + f.ruleId());
            set.disableProperty().bind(model.canDecideProperty().not());
            set.setOnAction(e -> OverrideDialog.ask(getScene().getWindow(), messages, f)
                    .ifPresent(reason -> model.override(f, reason)));
            box.getChildren().add(set);
        }
        return box;
    }

    private Node decision(ReviewDetail d, ReviewDecision decision) {
        String who = nameOf(d, decision.reviewerId());
        String outcome = messages.get(switch (decision.outcome()) {
            case APPROVED -> "review.outcome.approved";
            case CHANGES_REQUESTED -> "review.outcome.changesRequested";
            case REJECTED -> "review.outcome.rejected";
        });
        String plh = decision.onBehalfOf() == null ? ""
                : " " + messages.format("review.asPlh", nameOf(d, decision.onBehalfOf()));
        Label line = new Label(outcome + " · " + who + plh + " · " + formats.dateTime(decision.decidedAt(), zone)
                + (decision.selfApproved() ? " · " + messages.get("review.selfApproved") : ""));
        line.getStyleClass().add("text-small");
        VBox box = new VBox(2, line);
        if (!decision.comment().isBlank()) {
            Label comment = new Label(decision.comment());
            comment.setWrapText(true);
            box.getChildren().add(comment);
        }
        return box;
    }

    private Node thread(ReviewDetail d) {
        thread.getChildren().clear();
        thread.setId("review-thread");
        if (d.comments().isEmpty()) {
            thread.getChildren().add(muted(messages.get("review.thread.empty")));
        }
        for (Comment c : d.comments()) {
            Label who = new Label(nameOf(d, c.authorId()) + " · "
                    + formats.dateTime(c.createdAt(), zone)
                    + (c.reviewerOnly() ? " · " + messages.get("review.thread.privateMark") : ""));
            who.getStyleClass().addAll("text-small", "text-muted");
            Label body = new Label(c.body());
            body.setWrapText(true);
            VBox box = new VBox(2, who, body);
            box.getStyleClass().add(c.reviewerOnly() ? "comment-private" : "comment");
            thread.getChildren().add(box);
        }
        TextArea input = new TextArea();
        input.setId("review-comment");
        input.setPromptText(messages.get("review.thread.prompt"));
        input.setPrefRowCount(2);
        input.setWrapText(true);
        input.textProperty().bindBidirectional(model.commentTextProperty());
        CheckBox privateNote = new CheckBox(messages.get("review.thread.private"));
        privateNote.setId("review-comment-private");
        privateNote.selectedProperty().bindBidirectional(model.reviewerNoteProperty());
        Button send = new Button(messages.get("review.thread.send"));
        send.setId("review-comment-send");
        send.disableProperty().bind(model.commentTextProperty().isEmpty().or(model.busyProperty()));
        send.setOnAction(e -> model.addComment());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, privateNote, spacer, send);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, thread, input, actions);
    }

    private Node section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("review-section");
        return new VBox(4, new Separator(), label);
    }

    /** Demo and imported posts may have no author; the immutable name map refuses a null key. */
    private static String nameOf(ReviewDetail d, String userId) {
        return userId == null ? "—" : d.userNames().getOrDefault(userId, "—");
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }
}
