package id.warta.ui.settings;

import id.warta.domain.Client;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A client with a tick box: assigned to a user, or part of a delegation. */
public record ClientChoice(Client client, BooleanProperty chosen) {
    public static ClientChoice of(Client client, boolean chosen) {
        return new ClientChoice(client, new SimpleBooleanProperty(chosen));
    }
}
