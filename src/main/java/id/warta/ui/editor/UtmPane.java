package id.warta.ui.editor;

import id.warta.service.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The link field, its three UTM parameters and the final address per target account. */
final class UtmPane extends VBox {
    private final UtmViewModel model;
    private final Messages messages;
    private final VBox previews = new VBox(4);

    UtmPane(UtmViewModel model, Messages messages) {
        super(6);
        this.model = model;
        this.messages = messages;
        getStyleClass().add("utm-pane");
        TextField url = field("editor-link", model.urlProperty(), messages.get("editor.link.prompt"));
        TextField source = field("editor-utm-source", model.sourceProperty(), messages.get("editor.utm.source.auto"));
        TextField medium = field("editor-utm-medium", model.mediumProperty(), "social");
        TextField campaign = field("editor-utm-campaign", model.campaignProperty(), "");
        campaign.promptTextProperty().bind(Bindings.createStringBinding(() ->
                model.campaignDefaultBinding().get().isEmpty() ? messages.get("editor.utm.campaign.none")
                        : model.campaignDefaultBinding().get(), model.campaignDefaultBinding()));
        Label problem = new Label();
        problem.setId("editor-link-problem");
        problem.getStyleClass().add("media-warning");
        problem.textProperty().bind(model.problemBinding());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        model.problemBinding().addListener((o, a, b) -> {
            url.getStyleClass().remove("invalid");
            if (!b.isEmpty()) {
                url.getStyleClass().add("invalid");
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        // The problem sits after the link on its row and takes no room while there is none.
        HBox linkLine = new HBox(8, url, problem);
        linkLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(url, Priority.ALWAYS);
        problem.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, label("editor.link"), linkLine);
        GridPane.setColumnSpan(linkLine, 5);
        grid.addRow(1, label("editor.utm.source"), source, label("editor.utm.medium"), medium,
                label("editor.utm.campaign"), campaign);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, grow, labels, grow, labels, grow);
        Label heading = label("editor.utm.preview");
        heading.getStyleClass().add("muted");
        model.previews().addListener((ListChangeListener<UtmViewModel.Preview>) c -> refresh());
        refresh();
        ScrollPane scroll = new ScrollPane(previews);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(grid, heading, scroll);
    }

    private void refresh() {
        if (model.previews().isEmpty()) {
            Label none = new Label(messages.get("editor.utm.preview.none"));
            none.getStyleClass().add("muted");
            previews.getChildren().setAll(none);
            return;
        }
        previews.getChildren().setAll(model.previews().stream().map(p -> {
            Label who = new Label(EditorWindow.accountName(p.account()));
            who.setMinWidth(250);
            who.setPrefWidth(250);
            who.setTooltip(new javafx.scene.control.Tooltip(who.getText()));
            // A read-only field: the address can be selected and copied.
            TextField address = new TextField(p.url());
            address.setEditable(false);
            address.setId("editor-utm-url-" + p.account().channel().code());
            address.getStyleClass().add("utm-url");
            HBox.setHgrow(address, Priority.ALWAYS);
            HBox row = new HBox(8, who, address);
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }).toList());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        f.setMaxWidth(Double.MAX_VALUE);
        return f;
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
