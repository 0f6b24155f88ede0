package id.warta.ui.editor;

import id.warta.service.Messages;
import id.warta.ui.editor.RepeatViewModel.Mode;
import java.time.DayOfWeek;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The editor's "Ulangi" (repeat) row: does not repeat, or every N days, weeks (on chosen weekdays)
 * or months until a date; under it the rule read back with its number of dates, or what is wrong
 * with it. A thin view over {@link RepeatViewModel}.
 */
public final class RepeatPane extends VBox {
    /** Kept here: the spinner's binding is weak, and a collected property would unbind it. */
    private final ObjectProperty<Integer> intervalValue;

    public RepeatPane(RepeatViewModel model) {
        super(4);
        Messages messages = model.messages();
        getStyleClass().add("repeat-pane");

        ComboBox<Mode> mode = new ComboBox<>(FXCollections.observableArrayList(Mode.values()));
        mode.setId("repeat-mode");
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(Mode m) {
                return m == null ? "" : messages.get(modeKey(m));
            }

            @Override
            public Mode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(model.modeProperty());
        BooleanBinding repeats = model.modeProperty().isNotEqualTo(Mode.NONE).and(model.modeProperty().isNotNull());
        BooleanBinding weekly = model.modeProperty().isEqualTo(Mode.WEEKLY);

        Spinner<Integer> interval = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                id.warta.domain.RecurrenceRule.MAX_INTERVAL, 1));
        interval.setId("repeat-interval");
        interval.setPrefWidth(80);
        intervalValue = model.intervalProperty().asObject();
        interval.getValueFactory().valueProperty().bindBidirectional(intervalValue);
        Label unit = new Label();
        unit.textProperty().bind(Bindings.createStringBinding(() -> model.modeProperty().get() == null
                || model.modeProperty().get() == Mode.NONE ? "" : messages.get(unitKey(model.modeProperty().get())),
                model.modeProperty()));
        HBox every = row(label(messages, "repeat.every"), interval, unit);
        show(every, repeats);

        HBox days = row(label(messages, "repeat.on"));
        for (DayOfWeek d : DayOfWeek.values()) {
            ToggleButton day = new ToggleButton(model.shortName(d));
            day.setId("repeat-day-" + d.name().substring(0, 3).toLowerCase(Locale.ROOT));
            day.getStyleClass().add("repeat-day");
            day.setTooltip(new Tooltip(d.getDisplayName(java.time.format.TextStyle.FULL, messages.locale())));
            day.selectedProperty().bindBidirectional(model.dayProperty(d));
            days.getChildren().add(day);
        }
        show(days, weekly);

        DatePicker until = new DatePicker();
        until.setId("repeat-until");
        until.setPromptText(messages.get("repeat.until.prompt"));
        until.setPrefWidth(150);
        until.valueProperty().bindBidirectional(model.untilProperty());
        HBox end = row(label(messages, "repeat.until"), until);
        show(end, repeats);

        FlowPane controls = new FlowPane(12, 6, row(label(messages, "repeat.label"), mode), every, days, end);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("repeat-summary");
        summary.getStyleClass().add("repeat-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        show(summary, model.summaryProperty().isNotEmpty());
        Label problem = new Label();
        problem.setId("repeat-problem");
        problem.getStyleClass().add("repeat-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        show(problem, model.problemProperty().isNotEmpty());
        Label info = new Label(messages.get("repeat.info"));
        info.setId("repeat-info");
        info.getStyleClass().add("repeat-info");
        info.setWrapText(true);
        show(info, model.storedProperty());

        getChildren().addAll(controls, summary, problem, info);
    }

    private static String modeKey(Mode m) {
        return switch (m) {
            case NONE -> "repeat.mode.none";
            case DAILY -> "repeat.mode.daily";
            case WEEKLY -> "repeat.mode.weekly";
            case MONTHLY -> "repeat.mode.monthly";
        };
    }

    private static String unitKey(Mode m) {
        return switch (m) {
            case DAILY -> "repeat.unit.daily";
            case MONTHLY -> "repeat.unit.monthly";
            default -> "repeat.unit.weekly";
        };
    }

    private static Label label(Messages messages, String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
