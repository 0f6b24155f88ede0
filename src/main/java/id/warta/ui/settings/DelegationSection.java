package id.warta.ui.settings;

import id.warta.ui.common.OutcomeLabel;
import id.warta.domain.User;
import id.warta.service.DelegationRow;
import id.warta.service.Messages;
import id.warta.ui.common.Icons;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** "Delegasi (Plh)": hand over approval for some clients and days; the list of current and ended ones. */
public final class DelegationSection extends VBox {
    public DelegationSection(DelegationsViewModel model, Messages messages) {
        super(10);
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                messages.locale());
        Label explain = new Label(messages.get("delegations.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        Label notice = new Label(messages.get("delegations.readOnly"));
        notice.setId("delegations-readonly");
        notice.getStyleClass().add("text-muted");
        notice.visibleProperty().bind(model.canDelegateProperty().not());
        notice.managedProperty().bind(notice.visibleProperty());

        ComboBox<User> from = people(model.givers(), "delegation-from");
        from.valueProperty().bindBidirectional(model.giverProperty());
        ComboBox<User> to = people(model.receivers(), "delegation-to");
        to.valueProperty().bindBidirectional(model.receiverProperty());
        DatePicker start = new DatePicker();
        start.setId("delegation-start");
        start.setConverter(dayMonthYear());
        start.valueProperty().bindBidirectional(model.startsOnProperty());
        DatePicker end = new DatePicker();
        end.setId("delegation-end");
        end.setConverter(dayMonthYear());
        end.valueProperty().bindBidirectional(model.endsOnProperty());
        FlowPane clients = new FlowPane(12, 6);
        clients.setId("delegation-clients");
        model.clients().addListener((ListChangeListener<ClientChoice>) c -> {
            clients.getChildren().clear();
            for (ClientChoice choice : model.clients()) {
                CheckBox box = new CheckBox(choice.client().shortName());
                box.selectedProperty().bindBidirectional(choice.chosen());
                clients.getChildren().add(box);
            }
        });
        Button create = new Button(messages.get("delegations.create"), Icons.of(Material2OutlinedAL.ASSIGNMENT_IND));
        create.setId("delegation-create");
        create.setOnAction(e -> model.create());
        HBox row = new HBox(12, field(messages, "delegations.from", from), field(messages, "delegations.to", to),
                field(messages, "delegations.start", start), field(messages, "delegations.end", end));
        VBox form = new VBox(8, row, field(messages, "delegations.clients", clients), create);
        form.visibleProperty().bind(model.canDelegateProperty());
        form.managedProperty().bind(form.visibleProperty());

        ListView<DelegationRow> list = new ListView<>(model.rows());
        list.setId("delegation-list");
        list.setPrefHeight(160);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DelegationRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : messages.format("delegations.item", r.fromName(), r.toName(),
                        r.clientName(), day.format(r.delegation().startsOn()), day.format(r.delegation().endsOn()),
                        messages.get("delegations.status." + r.status().name().toLowerCase(Locale.ROOT))));
            }
        });
        Label none = new Label(messages.get("delegations.none"));
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        Button revoke = new Button(messages.get("delegations.revoke"), Icons.of(Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE));
        revoke.setId("delegation-revoke");
        revoke.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            DelegationRow r = list.getSelectionModel().getSelectedItem();
            return r == null || !r.current();
        }, list.getSelectionModel().selectedItemProperty()));
        revoke.setOnAction(e -> model.revoke(list.getSelectionModel().getSelectedItem()));

        Label message = new OutcomeLabel("delegations-message", model.messageProperty(), model.messageIsProblemProperty());
        HBox actions = new HBox(8, revoke);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(explain, notice, form, list, actions, message);
    }

    /** Day first, as Indonesian offices write dates, whatever the computer's own locale. */
    private static StringConverter<java.time.LocalDate> dayMonthYear() {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
        return new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : format.format(d);
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip(), format);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    private static ComboBox<User> people(javafx.collections.ObservableList<User> items, String id) {
        ComboBox<User> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(220);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(User u) {
                return u == null ? "" : u.displayName() + " (" + u.username() + ")";
            }

            @Override
            public User fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static VBox field(Messages messages, String key, javafx.scene.Node control) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("field-label");
        return new VBox(4, l, control);
    }
}
