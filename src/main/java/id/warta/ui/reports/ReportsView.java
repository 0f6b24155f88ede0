package id.warta.ui.reports;

import id.warta.domain.WorkflowState;
import id.warta.service.Messages;
import id.warta.ui.common.ScreenHeader;
import id.warta.ui.common.StateStyles;
import javafx.collections.MapChangeListener;
import javafx.geometry.HPos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Posts per state as a chart with the numbers beside it, and the audit trail panel below. */
public final class ReportsView extends BorderPane {
    private final ReportsViewModel model;
    private final Messages messages;
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final GridPane table = new GridPane();

    public ReportsView(ReportsViewModel model, AuditTrailViewModel auditTrail, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll("screen", "reports-screen");
        setTop(new ScreenHeader(messages.get("reports.title"), messages.get("reports.subtitle")));

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(messages.get("reports.axis.posts"));
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("reports-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(messages.get("reports.byState"));
        chart.getData().add(series);
        HBox.setHgrow(chart, Priority.ALWAYS);

        table.setId("reports-table");
        table.getStyleClass().add("figures-table");
        table.setHgap(16);
        table.setVgap(6);
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        table.getColumnConstraints().addAll(new ColumnConstraints(), right);

        HBox figures = new HBox(24, chart, table);
        VBox.setVgrow(figures, Priority.ALWAYS);
        VBox body = new VBox(16, figures, new AuditTrailPanel(auditTrail, messages));
        body.getStyleClass().add("screen-body");
        // Scrolls on a small screen rather than pushing the status bar out of the window.
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        model.byState().addListener((MapChangeListener<WorkflowState, Long>) c -> redraw());
        redraw();
    }

    private void redraw() {
        series.getData().clear();
        table.getChildren().clear();
        int row = 0;
        long total = 0;
        for (WorkflowState state : WorkflowState.values()) {
            long n = model.byState().getOrDefault(state, 0L);
            total += n;
            String label = messages.get(StateStyles.labelKey(state));
            series.getData().add(new XYChart.Data<>(label, n));
            table.addRow(row++, new Label(label), new Label(Long.toString(n)));
        }
        Label totalLabel = new Label(messages.get("reports.total"));
        totalLabel.getStyleClass().add("text-bold");
        Label totalValue = new Label(Long.toString(total));
        totalValue.getStyleClass().add("text-bold");
        table.addRow(row, totalLabel, totalValue);
    }
}
