package id.warta.domain;

import java.util.Objects;

/**
 * An organisation Warta plans content for, for example a district health office.
 *
 * @param version optimistic-concurrency counter: 0 for a client not saved yet, then 1, rising with every saved change
 */
public record Client(String id, String name, String shortName, long version) {
    public Client {
        Objects.requireNonNull(id, "id");
        Texts.requireNonBlank(name, "name");
        shortName = shortName == null || shortName.isBlank() ? name : shortName.strip();
        name = name.strip();
    }

    public static Client create(String name, String shortName) {
        return new Client(Ids.newId(), name, shortName, 0);
    }
}
