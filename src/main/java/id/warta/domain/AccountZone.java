package id.warta.domain;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three Indonesian time zones an account can publish in. */
public enum AccountZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private static final Map<String, AccountZone> BY_ZONE_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(z -> z.zoneId.getId(), z -> z));

    private final ZoneId zoneId;

    AccountZone(String zoneId) {
        this.zoneId = ZoneId.of(zoneId);
    }

    public ZoneId zoneId() {
        return zoneId;
    }

    public static Optional<AccountZone> fromZoneId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ZONE_ID.get(id));
    }
}
