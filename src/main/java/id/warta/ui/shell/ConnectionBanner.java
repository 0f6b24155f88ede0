package id.warta.ui.shell;

import id.warta.service.FeedStatus;
import id.warta.service.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * A one-line strip under the top bar in team mode: a quiet "connected" while the server answers, a
 * warning while it does not (the data on screen may be stale and nothing can be saved), and, on the
 * offline cache, when it was last synced. Invisible on a single-user database (no status).
 */
public final class ConnectionBanner extends Label {

    public ConnectionBanner(ObservableValue<FeedStatus> status, ObservableValue<Instant> lastSynced, Messages messages,
                            ZoneId zone) {
        setId("connection-banner");
        getStyleClass().add("connection-banner");
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(Bindings.createStringBinding(
                () -> text(status.getValue(), lastSynced.getValue(), messages, zone, Instant.now()), status, lastSynced));
        status.addListener((o, a, b) -> restyle(b));
        restyle(status.getValue());
        visibleProperty().bind(Bindings.createBooleanBinding(() -> status.getValue() != null, status));
        managedProperty().bind(visibleProperty());
    }

    private void restyle(FeedStatus status) {
        getStyleClass().removeAll("connection-online", "connection-offline");
        if (status != null) {
            getStyleClass().add(status.online() ? "connection-online" : "connection-offline");
        }
    }

    /** The banner's words; empty without a status (single-user mode). */
    public static String text(FeedStatus status, Instant lastSynced, Messages messages, ZoneId zone, Instant now) {
        if (status == null) {
            return "";
        }
        if (status.online()) {
            return messages.get("live.online");
        }
        String why = switch (status.reason()) {
            case LOST -> messages.get("live.offline.lost");
            case NOT_RESPONDING -> messages.get("live.offline.notResponding");
            default -> messages.get("live.offline.unreachable");
        };
        return lastSynced == null ? why : messages.format("live.lastSynced", why, when(lastSynced, zone, now));
    }

    private static String when(Instant at, ZoneId zone, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        boolean today = local.toLocalDate().equals(LocalDate.ofInstant(now, zone));
        return local.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "d/M HH:mm"));
    }
}
