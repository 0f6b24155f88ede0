package id.warta.ui.calendar;

import id.warta.domain.CadenceGap;
import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The collapsible side panel of the calendar: the content mix of the period on screen as a chart
 * (content type as a pie, channel and client as bars) and the weeks short of an account's cadence.
 */
public final class PlanningPanel extends VBox {
    static final double WIDTH = 300;
    private final PlanningPanelModel model;
    private final Messages messages;
    private final PieChart pie = new PieChart();
    private final BarChart<Number, String> bars = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final StackPane chartArea = new StackPane();
    private final Label total = new Label();
    /** The slices' names and counts: a legend beside a pie does not fit the panel's width. */
    private final Label key = new Label();
    private final VBox content;

    public PlanningPanel(PlanningPanelModel model) {
        this.model = model;
        this.messages = model.messages();
        setId("planning-panel");
        getStyleClass().add("planning-panel");
        ToggleButton toggle = new ToggleButton(null, Icons.of(Material2OutlinedAL.INSERT_CHART));
        toggle.setId("planning-toggle");
        toggle.getStyleClass().addAll("button-icon", "flat");
        toggle.setTooltip(new Tooltip(messages.get("planning.panel.toggle")));
        toggle.setAccessibleText(messages.get("planning.panel.toggle"));
        toggle.selectedProperty().bindBidirectional(model.openProperty());
        Label title = new Label(messages.get("planning.panel.title"));
        title.getStyleClass().addAll("title-4", "planning-title");
        title.visibleProperty().bind(model.openProperty());
        title.managedProperty().bind(title.visibleProperty());
        HBox head = new HBox(6, toggle, title);
        head.setAlignment(Pos.CENTER_LEFT);

        content = new VBox(8, mixSection(), cadenceSection());
        VBox.setVgrow(content, Priority.ALWAYS);
        content.visibleProperty().bind(model.openProperty());
        content.managedProperty().bind(content.visibleProperty());
        getChildren().addAll(head, content);
        model.openProperty().addListener((o, a, b) -> width(b));
        width(model.openProperty().get());
        model.mixProperty().addListener((o, a, b) -> draw());
        model.dimensionProperty().addListener((o, a, b) -> draw());
        draw();
    }

    private void width(boolean open) {
        double w = open ? WIDTH : Region.USE_COMPUTED_SIZE;
        setPrefWidth(w);
        setMinWidth(open ? WIDTH : Region.USE_PREF_SIZE);
        setMaxWidth(open ? WIDTH : Region.USE_PREF_SIZE);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("open"), open);
    }

    private VBox mixSection() {
        Label heading = new Label(messages.get("planning.mix.title"));
        heading.getStyleClass().add("section-title");
        ToggleGroup group = new ToggleGroup();
        HBox switcher = new HBox();
        switcher.getStyleClass().add("planning-mix-switch");
        PlanningPanelModel.Dimension[] dims = PlanningPanelModel.Dimension.values();
        for (int i = 0; i < dims.length; i++) {
            PlanningPanelModel.Dimension d = dims[i];
            ToggleButton b = new ToggleButton(messages.get(switch (d) {
                case TYPE -> "planning.mix.type";
                case CHANNEL -> "planning.mix.channel";
                case CLIENT -> "planning.mix.client";
            }));
            b.setId("planning-mix-" + d.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add(i == 0 ? "left-pill" : i == dims.length - 1 ? "right-pill" : "center-pill");
            b.setToggleGroup(group);
            b.setSelected(model.dimensionProperty().get() == d);
            b.setOnAction(e -> {
                model.dimensionProperty().set(d);
                b.setSelected(true);
            });
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            switcher.getChildren().add(b);
        }
        pie.setId("planning-mix-pie");
        pie.setLegendVisible(false);
        pie.setLegendSide(Side.RIGHT);
        pie.setLabelsVisible(false);
        pie.setAnimated(false);
        pie.setStartAngle(90);
        bars.setId("planning-mix-bars");
        bars.setLegendVisible(false);
        bars.setAnimated(false);
        bars.setCategoryGap(4);
        chartArea.getStyleClass().add("planning-chart");
        chartArea.setPrefHeight(200);
        chartArea.setMinHeight(180);
        total.setId("planning-mix-total");
        total.getStyleClass().add("text-muted");
        key.setId("planning-mix-key");
        key.setWrapText(true);
        key.getStyleClass().add("planning-mix-key");
        key.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(6, heading, switcher, chartArea, key, total);
    }

    private VBox cadenceSection() {
        Label heading = new Label(messages.get("planning.cadence.title"));
        heading.getStyleClass().add("section-title");
        ListView<CadenceGap> list = new ListView<>(model.gaps());
        list.setId("planning-cadence");
        list.getStyleClass().add("planning-cadence");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CadenceGap gap, boolean empty) {
                super.updateItem(gap, empty);
                setText(empty || gap == null ? null : model.describe(gap));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label none = new Label(messages.get("planning.cadence.none"));
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(90);
        VBox box = new VBox(6, heading, list);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private void draw() {
        List<Map.Entry<String, Integer>> rows = model.counts();
        total.setText(messages.format("planning.mix.total", model.mixProperty().get().total()));
        key.setText(String.join(" \u00b7 ", rows.stream().limit(6)
                .map(r -> r.getKey() + " " + r.getValue()).toList()) + (rows.size() > 6 ? " \u2026" : ""));
        key.setVisible(model.dimensionProperty().get() == PlanningPanelModel.Dimension.TYPE && !rows.isEmpty());
        key.setManaged(key.isVisible());
        if (rows.isEmpty()) {
            Label empty = new Label(messages.get("planning.mix.empty"));
            empty.getStyleClass().add("text-muted");
            empty.setWrapText(true);
            chartArea.getChildren().setAll(empty);
            return;
        }
        if (model.dimensionProperty().get() == PlanningPanelModel.Dimension.TYPE) {
            ObservableList<PieChart.Data> data = FXCollections.observableArrayList();
            rows.forEach(r -> data.add(new PieChart.Data(r.getKey() + " (" + r.getValue() + ")", r.getValue())));
            pie.setData(data);
            chartArea.getChildren().setAll(pie);
        } else {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            // The bar chart draws categories bottom-up: reversed, the largest stands at the top.
            for (int i = rows.size() - 1; i >= 0; i--) {
                series.getData().add(new XYChart.Data<>(rows.get(i).getValue(), rows.get(i).getKey()));
            }
            bars.getData().setAll(List.of(series));
            chartArea.getChildren().setAll(bars);
        }
    }
}
