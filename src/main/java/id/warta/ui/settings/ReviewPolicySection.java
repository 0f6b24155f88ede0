package id.warta.ui.settings;

import id.warta.service.Messages;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The administrator's switch for self-approval, with what it means said plainly. */
public final class ReviewPolicySection extends VBox {
    public ReviewPolicySection(ReviewPolicyViewModel model, Messages messages) {
        super(8);
        CheckBox self = new CheckBox(messages.get("policy.selfApproval"));
        self.setId("policy-self-approval");
        self.selectedProperty().bindBidirectional(model.selfApprovalProperty());
        Label explain = new Label(messages.get("policy.selfApproval.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("policy-message");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(self, explain, message);
    }
}
