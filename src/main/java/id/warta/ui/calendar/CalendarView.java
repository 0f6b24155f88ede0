package id.warta.ui.calendar;

import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.DetailedDayView;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.MonthView;
import id.warta.domain.CalendarEntry;
import id.warta.service.Messages;
import id.warta.ui.common.Formats;
import id.warta.ui.common.Icons;
import id.warta.ui.common.ScreenHeader;
import id.warta.ui.common.StateStyles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The calendar screen: CalendarFX month, week and day views and an agenda list over one view-model.
 * Only the chosen view is in the scene, so the hidden ones cost nothing when the period changes.
 */
public final class CalendarView extends BorderPane {
    private final CalendarViewModel model;
    private final Messages messages;
    private final Formats formats;
    private HBox actions;
    private HBox toolbar;
    private final CalendarEntries monthEntries;
    private final CalendarEntries weekEntries;
    private final CalendarEntries dayEntries;
    private final Map<CalendarMode, CalendarEntries> bridges = new EnumMap<>(CalendarMode.class);
    private final MonthView month = new MonthView();
    /** Built when first shown: most sessions start in the month view, and these two cost a third of the screen. */
    private DetailedWeekView week;
    private DetailedDayView day;
    private final ListView<CalendarEntry> agenda;
    private final Map<CalendarMode, Node> views = new EnumMap<>(CalendarMode.class);
    private final StackPane centre = new StackPane();
    private static final double HOUR_HEIGHT = 84;
    /** Measured on screen: weekday names above the grid, a day's number, one entry line (pixels). */
    private static final double MONTH_HEADER = 34;
    private static final double DAY_NUMBER = 22;
    private static final double MONTH_ENTRY = 20;

    private java.util.function.Consumer<CalendarEntry> onOpen = e -> { };
    private DuplicateViewModel duplicates;
    private java.util.function.Consumer<id.warta.service.OverlayEvent> onConvert = e -> { };

    public CalendarView(CalendarViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.monthEntries = new CalendarEntries(model, messages, formats, this::dragged, this::entriesPerMonthDay);
        this.weekEntries = new CalendarEntries(model, messages, formats, this::dragged, () -> Integer.MAX_VALUE);
        this.dayEntries = new CalendarEntries(model, messages, formats, this::dragged, () -> Integer.MAX_VALUE);
        bridges.put(CalendarMode.MONTH, monthEntries);
        bridges.put(CalendarMode.WEEK, weekEntries);
        bridges.put(CalendarMode.DAY, dayEntries);
        getStyleClass().addAll("screen", "calendar-screen");
        agenda = new ListView<>(model.entries());
        configure(month, monthEntries);
        month.setShowWeekNumbers(false);
        month.setEntryViewFactory(monthEntries::monthEntryView);
        month.heightProperty().addListener((o, a, b) -> monthEntries.spaceChanged());
        month.setEntryDetailsCallback(p -> {
            if (CalendarEntries.isSummary(p.getEntry())) {
                // "+n more": the day view shows all of that day's publications.
                model.goTo((LocalDate) p.getEntry().getUserObject());
                model.show(CalendarMode.DAY);
            } else {
                openEntry(CalendarEntries.publication(p.getEntry()));
            }
            return true;
        });
        month.setDateDetailsCallback(p -> {
            // Clicking a day number opens that day, which is what a planner wants from a crowded month.
            model.goTo(p.getLocalDate());
            model.show(CalendarMode.DAY);
            return true;
        });
        views.put(CalendarMode.MONTH, month);
        views.put(CalendarMode.AGENDA, agendaPane());
        month.setId("calendar-month-view");
        centre.getStyleClass().add("calendar-centre");
        VBox.setVgrow(centre, Priority.ALWAYS);

        // Five filters and the search do not fit beside the period controls at 1366 pixels: they get a row.
        setTop(new VBox(header(), toolbar(), filters()));
        setCenter(body());
        showMode(model.modeProperty().get());
        model.modeProperty().addListener((o, a, b) -> showMode(b));
        model.dateProperty().addListener((o, a, b) -> setDates(b));
        setDates(model.dateProperty().get());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
        model.overlays().addListener((javafx.collections.ListChangeListener<id.warta.service.OverlayEvent>) c ->
                showOverlays(model.overlays()));
        showOverlays(model.overlays());
    }

    private void configure(DateControl control, CalendarEntries bridge) {
        bridge.showIn(control);
        control.setZoneId(model.zone());
        control.setWeekFields(java.time.temporal.WeekFields.ISO);
        control.setToday(model.todayDate());
        control.setTime(LocalTime.ofInstant(model.now(), model.zone()));
        control.setEntryEditPolicy(p -> p.getEditOperation() == DateControl.EditOperation.MOVE
                && bridge.canMove(p.getEntry()));
        control.setEntryFactory(p -> null);
        control.setContextMenuCallback(p -> null);
        control.setShowDetailsUponEntryCreation(false);
        control.setEntryDetailsCallback(p -> {
            // CalendarFX asks for details on double-click: Warta's details are the editor.
            openEntry(CalendarEntries.publication(p.getEntry()));
            return true;
        });
        control.setEntryContextMenuCallback(p -> p.getEntry().getUserObject() instanceof id.warta.service.OverlayEvent ev
                ? overlayMenu(ev) : menuFor(CalendarEntries.publication(p.getEntry())));
        control.getSelections().addListener((javafx.collections.SetChangeListener<com.calendarfx.model.Entry<?>>) c -> {
            if (!control.getSelections().isEmpty()) {
                model.selectedProperty().set(CalendarEntries.publication(control.getSelections().iterator().next()));
            }
        });
    }

    /** Office hours in full, the night compressed; tall enough that a half-hour entry shows time and title. */
    private static void hours(DayViewBase dayBase) {
        dayBase.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.SHOW_COMPRESSED);
        dayBase.setStartTime(LocalTime.of(6, 0));
        dayBase.setEndTime(LocalTime.of(22, 0));
        dayBase.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_HEIGHT);
        dayBase.setHourHeight(HOUR_HEIGHT);
    }

    private void setDates(LocalDate date) {
        month.setDate(date);
        if (week != null) {
            week.setDate(date);
        }
        if (day != null) {
            day.setDate(date);
        }
    }

    private void showMode(CalendarMode mode) {
        centre.getChildren().setAll(views.computeIfAbsent(mode, this::buildTimeGrid));
        bridges.forEach((m, bridge) -> bridge.setActive(m == mode));
    }

    /** The week or day view, made on first use with the same settings the month view got at start. */
    private Node buildTimeGrid(CalendarMode mode) {
        if (mode == CalendarMode.WEEK) {
            week = new DetailedWeekView();
            configure(week, weekEntries);
            week.setShowAllDayView(false);
            hours(week.getWeekView());
            week.getWeekView().setWeekDayViewFactory(p -> {
                com.calendarfx.view.WeekDayView dayOfWeek = new com.calendarfx.view.WeekDayView();
                dayOfWeek.setEntryViewFactory(weekEntries::dayEntryView);
                return dayOfWeek;
            });
            week.setId("calendar-week-view");
            week.setDate(model.dateProperty().get());
            return week;
        }
        day = new DetailedDayView();
        configure(day, dayEntries);
        day.setShowAllDayView(false);
        hours(day.getDayView());
        day.getDayView().setEntryViewFactory(dayEntries::dayEntryView);
        day.setId("calendar-day-view");
        day.setDate(model.dateProperty().get());
        return day;
    }

    /**
     * How many entries fit in a day of the month grid (six rows under the weekday names): the
     * month view gets that many per day, the last one a "+n more" when the day is busier.
     */
    private int entriesPerMonthDay() {
        double height = month.getHeight();
        if (height <= 0) {
            return 3;
        }
        double row = (height - MONTH_HEADER) / 6 - DAY_NUMBER;
        return Math.max(1, (int) Math.floor(row / MONTH_ENTRY));
    }

    // ---- top -------------------------------------------------------------------------------------

    private ScreenHeader header() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("small-spinner");
        spinner.visibleProperty().bind(model.loadingProperty());
        Button step = new Button();
        step.setId("calendar-next-step");
        step.getStyleClass().add("accent");
        step.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(stepKey(model.nextStep(model.selectedProperty().get()))), model.selectedProperty()));
        step.setTooltip(new Tooltip(messages.get("calendar.step.tip")));
        step.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.nextStep(model.selectedProperty().get()) == CalendarViewModel.NextStep.NONE,
                model.selectedProperty()));
        step.setOnAction(e -> takeStep(model.selectedProperty().get()));
        step.setMinWidth(Region.USE_PREF_SIZE);
        actions = new HBox(10, spinner, colourSwitch(), modeSwitch(), step);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new ScreenHeader(messages.get("calendar.title"), messages.get("calendar.subtitle"), actions);
    }

    /** Shows read-only overlay events (holidays, imported calendars) in their own colour beside the schedule. */
    public void showOverlays(java.util.List<id.warta.service.OverlayEvent> events) {
        bridges.values().forEach(b -> b.showOverlays(events));
    }

    /** What double-click or Enter on a publication does: the window opens the editor. */
    public void setOnOpen(java.util.function.Consumer<CalendarEntry> action) {
        this.onOpen = action;
    }

    /** What "Jadikan postingan" on an overlay event does: the window opens the editor pre-filled. */
    public void setOnConvert(java.util.function.Consumer<id.warta.service.OverlayEvent> action) {
        this.onConvert = action;
    }

    /** The menu of a read-only overlay event: the only way one becomes a post. */
    ContextMenu overlayMenu(id.warta.service.OverlayEvent event) {
        MenuItem convert = new MenuItem(messages.get("calendar.overlay.convert"));
        convert.setId("calendar-overlay-convert");
        convert.setOnAction(e -> onConvert.accept(event));
        return new ContextMenu(convert);
    }

    private void openEntry(CalendarEntry entry) {
        if (entry != null) {
            onOpen.accept(entry);
        }
    }

    /** Adds the search box (Ctrl+F) to the toolbar, before undo and redo. */
    public void setSearch(SearchField search) {
        toolbar.getChildren().add(toolbar.getChildren().size() - 2, search);
    }

    /** Offers "Duplikat" on a publication (context menu, Ctrl+D on the selected one). */
    public void enableDuplicate(DuplicateViewModel duplicates) {
        this.duplicates = duplicates;
    }

    /** Ctrl+D: duplicates the selected publication's post, if any. */
    public void duplicateSelected() {
        askDuplicate(model.selectedProperty().get());
    }

    private void askDuplicate(CalendarEntry entry) {
        if (duplicates == null || entry == null || getScene() == null) {
            return;
        }
        // After the menu or key event is done, so the dialog does not open inside CalendarFX's handling.
        Platform.runLater(() -> DuplicateDialog.ask(getScene().getWindow(), messages, entry.title(),
                duplicates.defaultDay(entry), model.todayDate()).ifPresent(day -> duplicates.duplicate(entry, day)));
    }

    /**
     * Adds "Postingan baru" (also Ctrl+N) to the header; {@code disabled} is true while the session is read-only
     * (team-gui).
     */
    public void setOnNewPost(Runnable action, javafx.beans.value.ObservableBooleanValue disabled) {
        Button create = new Button(messages.get("calendar.newPost"), Icons.of(Material2OutlinedAL.ADD));
        create.setId("calendar-new-post");
        create.setTooltip(new Tooltip(messages.get("calendar.newPost.tip")));
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.disableProperty().bind(disabled);
        create.setOnAction(e -> action.run());
        actions.getChildren().add(actions.getChildren().size() - 1, create);
    }

    /** Adds the export button to the header; the window decides what exporting opens. */
    public void setOnExport(Runnable action) {
        Button export = iconButton(Icons.of(Material2OutlinedAL.EVENT_AVAILABLE), "calendar.export", action);
        export.setId("calendar-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        actions.getChildren().add(export);
    }

    private HBox toolbar() {
        Button previous = iconButton(Icons.of(Material2OutlinedAL.CHEVRON_LEFT), "calendar.previous", model::previous);
        previous.setId("calendar-previous");
        Button today = new Button(messages.get("calendar.today"));
        today.setId("calendar-today");
        today.setOnAction(e -> model.today());
        Button next = iconButton(Icons.of(Material2OutlinedAL.CHEVRON_RIGHT), "calendar.next", model::next);
        next.setId("calendar-next");
        Label period = new Label();
        period.setId("calendar-month");
        period.getStyleClass().addAll("title-3", "calendar-month");
        period.setMinWidth(Region.USE_PREF_SIZE);
        today.setMinWidth(Region.USE_PREF_SIZE);
        period.textProperty().bind(Bindings.createStringBinding(this::periodText, model.dateProperty(),
                model.modeProperty()));
        DatePicker picker = new DatePicker();
        picker.setId("calendar-date");
        picker.getStyleClass().add("calendar-date");
        picker.setShowWeekNumbers(false);
        picker.setPromptText(messages.get("calendar.date"));
        picker.setTooltip(new Tooltip(messages.get("calendar.date")));
        picker.setValue(model.dateProperty().get());
        picker.setMinWidth(Region.USE_PREF_SIZE);
        model.dateProperty().addListener((o, a, b) -> picker.setValue(b));
        picker.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(model.dateProperty().get())) {
                model.goTo(b);
            }
        });
        Button undo = iconButton(Icons.of(Material2OutlinedMZ.UNDO), "calendar.undo", model::undo);
        undo.setId("calendar-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = iconButton(Icons.of(Material2OutlinedMZ.REDO), "calendar.redo", model::redo);
        redo.setId("calendar-redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar = new HBox(6, previous, today, next, period, picker, spacer, undo, redo);
        HBox bar = toolbar;
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("calendar-toolbar");
        return bar;
    }

    private String periodText() {
        LocalDate date = model.dateProperty().get();
        return switch (model.modeProperty().get()) {
            case MONTH, AGENDA -> formats.month(java.time.YearMonth.from(date));
            case WEEK -> weekText(model.firstDay(), model.lastDay());
            case DAY -> capitalised(DateTimeFormatter.ofPattern("EEE, d MMM yyyy", messages.locale()).format(date));
        };
    }

    private String weekText(LocalDate first, LocalDate last) {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale());
        DateTimeFormatter noYear = DateTimeFormatter.ofPattern("d MMM", messages.locale());
        String start = first.getMonth() == last.getMonth() ? Integer.toString(first.getDayOfMonth())
                : first.getYear() == last.getYear() ? noYear.format(first) : full.format(first);
        return start + " \u2013 " + full.format(last);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String modeKey(CalendarMode mode) {
        return switch (mode) {
            case MONTH -> "calendar.mode.month";
            case WEEK -> "calendar.mode.week";
            case DAY -> "calendar.mode.day";
            case AGENDA -> "calendar.mode.agenda";
        };
    }

    private HBox modeSwitch() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("calendar-mode-switch");
        box.setMinWidth(Region.USE_PREF_SIZE);
        CalendarMode[] modes = CalendarMode.values();
        for (int i = 0; i < modes.length; i++) {
            CalendarMode mode = modes[i];
            ToggleButton b = new ToggleButton(messages.get(modeKey(mode)));
            b.setId("calendar-view-" + mode.code());
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? "left-pill" : i == modes.length - 1 ? "right-pill" : "center-pill");
            b.setSelected(model.modeProperty().get() == mode);
            b.setOnAction(e -> {
                model.show(mode);
                b.setSelected(true); // a second click keeps the view rather than leaving none chosen
            });
            model.modeProperty().addListener((o, a, now) -> b.setSelected(now == mode));
            box.getChildren().add(b);
        }
        return box;
    }

    private HBox filters() {
        ComboBox<FilterChoice<String>> client = new ComboBox<>(model.clientChoices());
        client.setId("calendar-filter-client");
        follow(client, model.clientFilterProperty());
        ComboBox<FilterChoice<String>> account = new ComboBox<>(model.accountChoices());
        account.setId("calendar-filter-account");
        follow(account, model.accountFilterProperty());
        ComboBox<FilterChoice<id.warta.domain.WorkflowState>> state = new ComboBox<>(model.stateChoices());
        state.setId("calendar-filter-state");
        follow(state, model.stateFilterProperty());
        ComboBox<FilterChoice<String>> campaign = new ComboBox<>(model.campaignChoices());
        campaign.setId("calendar-filter-campaign");
        follow(campaign, model.campaignFilterProperty());
        ComboBox<FilterChoice<String>> author = new ComboBox<>(model.authorChoices());
        author.setId("calendar-filter-author");
        follow(author, model.authorFilterProperty());
        campaign.setAccessibleText(messages.get("calendar.filter.campaign"));
        author.setAccessibleText(messages.get("calendar.filter.author"));
        campaign.setTooltip(new Tooltip(messages.get("calendar.filter.campaign")));
        author.setTooltip(new Tooltip(messages.get("calendar.filter.author")));
        for (ComboBox<?> box : java.util.List.of(client, account, state, campaign, author)) {
            box.getStyleClass().add("calendar-filter");
            box.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Long campaign names and full names would push the toolbar off a 1366-pixel screen.
        for (ComboBox<?> box : java.util.List.of(campaign, author)) {
            box.setMinWidth(90);
            box.setMaxWidth(220);
        }
        client.setAccessibleText(messages.get("calendar.filter.client"));
        account.setAccessibleText(messages.get("calendar.filter.account"));
        state.setAccessibleText(messages.get("calendar.filter.state"));

        client.setCellFactory(v -> new ClientCell());
        client.setButtonCell(new ClientCell());
        HBox bar = new HBox(6, client, account, state, campaign, author);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("calendar-filters");
        return bar;
    }

    /** A client with its colour, so the filter doubles as the legend when entries are coloured by client. */
    private final class ClientCell extends ListCell<FilterChoice<String>> {
        @Override
        protected void updateItem(FilterChoice<String> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
            if (empty || item == null || item.isAll() || model.colourByProperty().get() != ColourBy.CLIENT) {
                setGraphic(null);
                return;
            }
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("legend-dot", CalendarEntries.clientStyle(model.clientIndex(item.value())) + "-icon");
            setGraphic(dot);
        }
    }

    private HBox colourSwitch() {
        ToggleGroup colours = new ToggleGroup();
        ToggleButton byClient = new ToggleButton(messages.get("calendar.colour.client"));
        byClient.setId("calendar-colour-client");
        byClient.getStyleClass().add("left-pill");
        ToggleButton byState = new ToggleButton(messages.get("calendar.colour.state"));
        byState.setId("calendar-colour-state");
        byState.getStyleClass().add("right-pill");
        byClient.setToggleGroup(colours);
        byState.setToggleGroup(colours);
        byClient.setSelected(model.colourByProperty().get() == ColourBy.CLIENT);
        byState.setSelected(model.colourByProperty().get() == ColourBy.STATE);
        byClient.setOnAction(e -> {
            model.colourByProperty().set(ColourBy.CLIENT);
            byClient.setSelected(true);
        });
        byState.setOnAction(e -> {
            model.colourByProperty().set(ColourBy.STATE);
            byState.setSelected(true);
        });
        Tooltip tip = new Tooltip(messages.get("calendar.colour"));
        byClient.setTooltip(tip);
        byState.setTooltip(tip);
        HBox box = new HBox(byClient, byState);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /**
     * Keeps a filter box and the model's filter in step. Not a bidirectional binding: a combo box
     * clears its value when its items are replaced on reload, and that must not clear the filter.
     */
    private static <T> void follow(ComboBox<T> box, javafx.beans.property.ObjectProperty<T> filter) {
        box.setValue(filter.get());
        filter.addListener((o, a, b) -> box.setValue(b));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                filter.set(b);
            } else {
                Platform.runLater(() -> box.setValue(filter.get()));
            }
        });
    }

    private VBox body() {
        Label status = new Label();
        status.setId("calendar-status");
        status.setWrapText(true);
        status.getStyleClass().add("calendar-status");
        status.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then(model.noticeProperty()).otherwise(model.problemProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        model.problemProperty().addListener((o, a, b) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("problem"), !b.isEmpty()));
        VBox box = new VBox(8, status, centre);
        box.getStyleClass().add("screen-body");
        return box;
    }

    // ---- moves and keys --------------------------------------------------------------------------

    /** A drag ended on a new time: confirm when it sends an approved post back, then let the model decide. */
    private void dragged(CalendarEntry entry, java.time.Instant to) {
        if (!model.needsConfirmation(entry)) {
            model.move(entry, to);
            return;
        }
        // After the drag gesture has finished, so the dialog does not open inside CalendarFX's mouse handling.
        Platform.runLater(() -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
            if (getScene() != null) {
                ask.initOwner(getScene().getWindow());
            }
            ask.setTitle(messages.get("calendar.move.confirm.title"));
            ask.setHeaderText(messages.format("calendar.move.confirm.header", entry.title()));
            ask.setContentText(messages.get("calendar.move.confirm.text"));
            ButtonType move = new ButtonType(messages.get("calendar.move.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            ask.getButtonTypes().setAll(move, cancel);
            if (ask.showAndWait().filter(b -> b == move).isPresent()) {
                model.move(entry, to);
            } else {
                model.revert();
            }
        });
    }

    private void keys(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            model.undo();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z)) {
            model.redo();

        } else if (e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
            model.previous();
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN) {
            model.next();
        } else if (e.getCode() == KeyCode.HOME) {
            model.today();
        } else if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
            openEntry(model.selectedProperty().get());
        } else {
            return;
        }
        e.consume();
    }

    // ---- workflow step ---------------------------------------------------------------------------

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

    private ContextMenu menuFor(CalendarEntry entry) {
        if (entry == null) {
            return null;
        }
        CalendarViewModel.NextStep next = model.nextStep(entry);
        MenuItem item = new MenuItem(messages.get(stepKey(next)));
        item.setDisable(next == CalendarViewModel.NextStep.NONE);
        item.setOnAction(e -> takeStep(entry));
        ContextMenu menu = new ContextMenu(item);
        if (duplicates != null) {
            MenuItem copy = new MenuItem(messages.get("calendar.duplicate"));
            copy.setId("calendar-duplicate");
            copy.setOnAction(e -> askDuplicate(entry));
            menu.getItems().add(copy);
        }
        return menu;
    }

    private Button iconButton(org.kordamp.ikonli.javafx.FontIcon icon, String tooltipKey, Runnable action) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setAccessibleText(messages.get(tooltipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    // ---- agenda ----------------------------------------------------------------------------------

    private VBox agendaPane() {
        agenda.setId("calendar-agenda");
        agenda.getStyleClass().add("agenda");
        agenda.setCellFactory(v -> new EntryCell());
        agenda.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openEntry(agenda.getSelectionModel().getSelectedItem());
            }
        });
        agenda.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.entries().addListener((javafx.collections.ListChangeListener<CalendarEntry>) c -> {
            int first = model.firstUpcomingIndex();
            if (first > 0) {
                // After this pulse's layout, or the list has no cells yet to scroll.
                Platform.runLater(() -> agenda.scrollTo(first));
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then(messages.get("calendar.empty"))
                .otherwise(model.problemProperty()));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        agenda.setPlaceholder(empty);
        VBox.setVgrow(agenda, Priority.ALWAYS);
        return new VBox(agenda);
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
            Label channel = new Label((entry.recurring() ? CalendarEntries.RECURRING_MARK : "")
                    + entry.channel().displayName() + " · " + entry.handle());
            channel.getStyleClass().addAll("text-muted", "agenda-channel");
            Label title = new Label(entry.title());
            title.getStyleClass().add("agenda-title");
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("legend-dot", CalendarEntries.clientStyle(model.clientIndex(entry.clientId()))
                    + "-icon");
            dot.setAccessibleText(model.clientName(entry.clientId()));
            Label state = new Label(messages.get(StateStyles.labelKey(entry.state())));
            state.getStyleClass().addAll("state-badge", StateStyles.styleClass(entry.state()));
            HBox row = new HBox(12, time, dot, title, channel, state);
            if (model.isOverdue(entry)) {
                Label overdue = new Label(messages.get("calendar.overdue"));
                overdue.getStyleClass().addAll("state-badge", "overdue-badge");
                row.getChildren().add(overdue);
            }
            setContextMenu(menuFor(entry));
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("agenda-row");
            if (startsDay(entry)) {
                Label heading = new Label(formats.dayHeading(entry.scheduledAt(), model.zone()));
                heading.getStyleClass().add("agenda-day");
                setGraphic(new VBox(4, heading, row));
            } else {
                setGraphic(row);
            }
            setText(null);
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

    /** The CalendarFX views, for tests that move an entry through the view's own API. */
    public CalendarEntries entriesOnScreen() {
        return bridges.getOrDefault(model.modeProperty().get(), monthEntries);
    }
}
