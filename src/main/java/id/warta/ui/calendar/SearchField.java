package id.warta.ui.calendar;

import id.warta.service.Messages;
import id.warta.service.SearchHit;
import id.warta.ui.common.Formats;
import id.warta.ui.common.Icons;
import id.warta.ui.common.StateStyles;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The search box of the calendar (Ctrl+F): posts matching the words typed drop down below it, a
 * moment after the last keystroke; arrows choose, Enter or a click opens, Esc closes the list and
 * then clears the words.
 */
public final class SearchField extends HBox {
    private static final Duration PAUSE = Duration.millis(180);

    private final SearchViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final java.time.format.DateTimeFormatter day;
    private final TextField field = new TextField();
    private final ListView<SearchHit> list;
    private final Popup popup = new Popup();
    private final VBox panel;
    private final PauseTransition typing = new PauseTransition(PAUSE);
    private boolean openFirstWhenFound;

    public SearchField(SearchViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.day = java.time.format.DateTimeFormatter.ofPattern("EEE, d MMM yyyy", messages.locale());
        getStyleClass().add("search-field");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("calendar-search");
        field.setPromptText(messages.get("search.prompt"));
        field.setTooltip(new Tooltip(messages.get("search.tip")));
        field.setAccessibleText(messages.get("search.tip"));
        field.setPrefColumnCount(16);
        field.setMinWidth(140);
        HBox.setHgrow(field, Priority.SOMETIMES);
        field.textProperty().bindBidirectional(model.queryProperty());
        getChildren().addAll(Icons.of(Material2OutlinedMZ.SEARCH), field);
        setSpacing(4);

        list = new ListView<>(model.results());
        list.setId("search-results");
        list.getStyleClass().add("search-results");
        list.setCellFactory(v -> new HitCell());
        list.setPrefWidth(560);
        list.setPrefHeight(360);
        list.setFocusTraversable(false);
        Label status = new Label();
        status.setId("search-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        list.setPlaceholder(new Label(""));
        panel = new VBox(6, status, list);
        panel.getStyleClass().add("search-popup");
        panel.setMaxWidth(Region.USE_PREF_SIZE);
        popup.getContent().add(panel);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);

        typing.setOnFinished(e -> model.search());
        field.textProperty().addListener((o, a, b) -> {
            if (b == null || b.isBlank()) {
                typing.stop();
                model.search();
                popup.hide();
            } else {
                typing.playFromStart();
            }
        });
        model.statusProperty().addListener((o, a, b) -> answered());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        field.focusedProperty().addListener((o, a, focused) -> {
            if (focused && !model.results().isEmpty()) {
                showList();
            }
        });
    }

    /** Ctrl+F: the words are selected so typing replaces them. */
    public void focusSearch() {
        field.requestFocus();
        field.selectAll();
        if (!model.statusProperty().get().isEmpty()) {
            showList();
        }
    }

    private void answered() {
        if (model.results().isEmpty() && model.statusProperty().get().isEmpty()) {
            popup.hide();
            return;
        }
        if (!model.results().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        if (openFirstWhenFound) {
            openFirstWhenFound = false;
            if (!model.results().isEmpty()) {
                open(model.results().get(0));
                return;
            }
        }
        if (field.isFocused()) {
            showList();
        }
    }

    private void showList() {
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        panel.getStylesheets().setAll(getScene().getStylesheets());
        Bounds bounds = field.localToScreen(field.getBoundsInLocal());
        if (bounds == null) {
            return;
        }
        double x = Math.max(0, bounds.getMaxX() - list.getPrefWidth());
        popup.show(field, x, bounds.getMaxY() + 2);
    }

    private void keys(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> enter();
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                } else {
                    model.clear();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int by) {
        if (model.results().isEmpty()) {
            return;
        }
        showList();
        int at = Math.max(0, Math.min(model.results().size() - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(at);
        list.scrollTo(at);
    }

    /** Enter before the pause ran: search now and open the best match when it arrives. */
    private void enter() {
        if (typing.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            typing.stop();
            openFirstWhenFound = true;
            model.search();
            return;
        }
        SearchHit chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null && !model.results().isEmpty()) {
            chosen = model.results().get(0);
        }
        if (chosen != null) {
            open(chosen);
        }
    }

    private void open(SearchHit hit) {
        popup.hide();
        model.open(hit);
    }

    /** Title; day and time, account and client; the words around the match; the state. */
    private final class HitCell extends ListCell<SearchHit> {
        HitCell() {
            // On the cell, not the list: a click on the scroll bar must not open the selected post.
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(hit.title());
            title.getStyleClass().add("search-hit-title");
            String where = hit.isScheduled()
                    ? day.format(hit.firstAt().atZone(hit.zone().zoneId())) + " "
                            + formats.timeIn(hit.firstAt(), hit.zone()) + " \u00b7 " + hit.channel().displayName() + " " + hit.handle()
                            + (hit.publications() > 1 ? " +" + (hit.publications() - 1) : "")
                    : messages.get("search.unscheduled");
            Label meta = new Label(where + " \u00b7 " + hit.clientName());
            meta.getStyleClass().addAll("text-muted", "search-hit-meta");
            VBox text = new VBox(2, title, meta);
            if (!hit.excerpt().isBlank()) {
                Label excerpt = new Label(hit.excerpt());
                excerpt.getStyleClass().addAll("text-muted", "search-hit-excerpt");
                text.getChildren().add(excerpt);
            }
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label state = new Label(messages.get(StateStyles.labelKey(hit.state())));
            state.getStyleClass().addAll("state-badge", StateStyles.styleClass(hit.state()));
            state.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(10, text, state);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMaxWidth(list.getPrefWidth() - 30);
            setGraphic(row);
        }
    }
}
