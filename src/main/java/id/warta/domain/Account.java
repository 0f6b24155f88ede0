package id.warta.domain;

import java.util.Objects;

/** A client's presence on one channel, for example the Instagram account of a health office. */
public record Account(String id, String clientId, Channel channel, String handle, String displayName,
                      AccountZone zone, long version) {
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(zone, "zone");
        Texts.requireNonBlank(handle, "handle");
        handle = handle.strip();
        displayName = displayName == null || displayName.isBlank() ? handle : displayName.strip();
    }

    public static Account create(String clientId, Channel channel, String handle, String displayName,
                                 AccountZone zone) {
        return new Account(Ids.newId(), clientId, channel, handle, displayName, zone, 0);
    }
}
