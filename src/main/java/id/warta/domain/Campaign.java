package id.warta.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A named series of posts for one client over a period, for example a vaccination drive. */
public record Campaign(String id, String clientId, String name, LocalDate startDate, LocalDate endDate,
                       long version) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Texts.requireNonBlank(name, "name");
        name = name.strip();
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Campaign ends before it starts: " + startDate + " > " + endDate);
        }
    }

    public static Campaign create(String clientId, String name, LocalDate startDate, LocalDate endDate) {
        return new Campaign(Ids.newId(), clientId, name, startDate, endDate, 0);
    }
}
