package id.warta.ui.calendar;

import id.warta.domain.CalendarEntry;
import id.warta.service.Messages;
import id.warta.ui.common.Formats;
import id.warta.ui.common.Icons;
import id.warta.ui.common.ScreenHeader;
import id.warta.ui.common.StateStyles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The month's publications as an agenda, grouped by day. The calendar issue replaces the list with
 * CalendarFX month, week and day views; the view-model stays.
 */
public final class CalendarView extends BorderPane {
    private final CalendarViewModel model;
    private final Messages messages;
    private final Formats formats;
    private HBox navigation;

    public CalendarView(CalendarViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        getStyleClass().addAll("screen", "calendar-screen");
        ListView<CalendarEntry> list = new ListView<>(model.entries());
        setTop(header(list));
        setCenter(agenda(list));
    }

    private ScreenHeader header(ListView<CalendarEntry> list) {
        Button previous = iconButton(Icons.of(Material2OutlinedAL.CHEVRON_LEFT), "calendar.previous", model::previous);
        previous.setId("calendar-previous");
        Button today = new Button(messages.get("calendar.today"));
        today.setId("calendar-today");
        today.setOnAction(e -> model.today());
        Button next = iconButton(Icons.of(Material2OutlinedAL.CHEVRON_RIGHT), "calendar.next", model::next);
        next.setId("calendar-next");
        Label month = new Label();
        month.setId("calendar-month");
        month.getStyleClass().addAll("title-3", "calendar-month");
        month.textProperty().bind(Bindings.createStringBinding(() -> formats.month(model.monthProperty().get()),
                model.monthProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("small-spinner");
        spinner.visibleProperty().bind(model.loadingProperty());
        Button step = new Button();
        step.setId("calendar-next-step");
        step.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(stepKey(model.nextStep(list.getSelectionModel().getSelectedItem()))),
                list.getSelectionModel().selectedItemProperty()));
        step.setTooltip(new Tooltip(messages.get("calendar.step.tip")));
        step.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.nextStep(list.getSelectionModel().getSelectedItem()) == CalendarViewModel.NextStep.NONE,
                list.getSelectionModel().selectedItemProperty()));
        step.setOnAction(e -> takeStep(list.getSelectionModel().getSelectedItem()));
        navigation = new HBox(6, step, spinner, month, previous, today, next);
        navigation.setAlignment(Pos.CENTER_RIGHT);
        return new ScreenHeader(messages.get("calendar.title"), messages.get("calendar.subtitle"), navigation);
    }

    /** Adds the export button to the toolbar; the window decides what exporting opens. */
    public void setOnExport(Runnable action) {
        Button export = iconButton(Icons.of(Material2OutlinedAL.EVENT_AVAILABLE), "calendar.export", action);
        export.setId("calendar-export");
        navigation.getChildren().add(export);
        // One more button must not squeeze the month name into "...ember 20...": the subtitle wraps instead.
        navigation.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
    }

    private static String stepKey(CalendarViewModel.NextStep step) {
        return switch (step) {
            case SUBMIT, NONE -> "calendar.submit";
            case SCHEDULE -> "calendar.schedule";
            case PUBLISH -> "calendar.publish";
        };
    }

    private void takeStep(CalendarEntry entry) {
        switch (model.nextStep(entry)) {
            case SUBMIT -> model.submit(entry);
            case SCHEDULE -> model.schedule(entry);
            case PUBLISH -> model.publicationsOf(entry, publications ->
                    PublishDialog.ask(getScene().getWindow(), messages, entry.title(), publications)
                            .ifPresent(urls -> model.markPublished(entry, urls)));
            case NONE -> { }
        }
    }

    private Button iconButton(org.kordamp.ikonli.javafx.FontIcon icon, String tooltipKey, Runnable action) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setAccessibleText(messages.get(tooltipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox agenda(ListView<CalendarEntry> list) {
        list.setId("calendar-agenda");
        list.getStyleClass().add("agenda");
        list.setCellFactory(v -> new EntryCell());
        model.entries().addListener((javafx.collections.ListChangeListener<CalendarEntry>) c -> {
            int first = model.firstUpcomingIndex();
            if (first > 0) {
                // After this pulse's layout, or the list has no cells yet to scroll.
                javafx.application.Platform.runLater(() -> list.scrollTo(first));
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then(messages.get("calendar.empty"))
                .otherwise(model.problemProperty()));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label status = new Label();
        status.setId("calendar-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then(model.noticeProperty()).otherwise(model.problemProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty().and(Bindings.isNotEmpty(model.entries())));
        status.managedProperty().bind(status.visibleProperty());
        VBox box = new VBox(8, status, list);
        box.getStyleClass().add("screen-body");
        return box;
    }

    /** One publication; the first of each day carries the day's heading. */
    private final class EntryCell extends ListCell<CalendarEntry> {
        @Override
        protected void updateItem(CalendarEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
                return;
            }
            Label time = new Label(formats.timeIn(entry.scheduledAt(), entry.zone()));
            time.getStyleClass().add("agenda-time");
            Label channel = new Label(entry.channel().displayName() + " · " + entry.handle());
            channel.getStyleClass().addAll("text-muted", "agenda-channel");
            Label title = new Label(entry.title());
            title.getStyleClass().add("agenda-title");
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label state = new Label(messages.get(StateStyles.labelKey(entry.state())));
            state.getStyleClass().addAll("state-badge", StateStyles.styleClass(entry.state()));
            HBox row = new HBox(12, time, title, channel, state);
            if (model.isOverdue(entry)) {
                Label overdue = new Label(messages.get("calendar.overdue"));
                overdue.getStyleClass().addAll("state-badge", "overdue-badge");
                row.getChildren().add(overdue);
            }
            setContextMenu(menuFor(entry));
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("agenda-row");
            if (startsDay(entry)) {
                Label day = new Label(formats.dayHeading(entry.scheduledAt(), model.zone()));
                day.getStyleClass().add("agenda-day");
                setGraphic(new VBox(4, day, row));
            } else {
                setGraphic(row);
            }
            setText(null);
        }

        private javafx.scene.control.ContextMenu menuFor(CalendarEntry entry) {
            CalendarViewModel.NextStep next = model.nextStep(entry);
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(messages.get(stepKey(next)));
            item.setDisable(next == CalendarViewModel.NextStep.NONE);
            item.setOnAction(e -> takeStep(entry));
            return new javafx.scene.control.ContextMenu(item);
        }

        private boolean startsDay(CalendarEntry entry) {
            int i = getIndex();
            if (i <= 0) {
                return true;
            }
            CalendarEntry before = getListView().getItems().get(i - 1);
            return !before.scheduledAt().atZone(model.zone()).toLocalDate()
                    .equals(entry.scheduledAt().atZone(model.zone()).toLocalDate());
        }
    }
}
