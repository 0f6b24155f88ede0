package id.warta.ui.reports;

import javafx.scene.control.Label;

/**
 * A red bar across the top of the main window while the audit chain is broken: everyone sees it,
 * so the administrator hears of it even if they are not the one signed in.
 */
public final class ChainAlarmBanner extends Label {
    public ChainAlarmBanner(AuditTrailViewModel model) {
        setId("audit-alarm");
        getStyleClass().add("audit-alarm");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(model.bannerProperty());
        visibleProperty().bind(model.bannerProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
