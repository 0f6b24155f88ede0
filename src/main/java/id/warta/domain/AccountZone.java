package id.warta.domain;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The three Indonesian time zones an account can publish in. */
public enum AccountZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zoneId;

    AccountZone(String zoneId) {
        this.zoneId = ZoneId.of(zoneId);
    }

    public ZoneId zoneId() {
        return zoneId;
    }

    public static Optional<AccountZone> fromZoneId(String id) {
        return Arrays.stream(values()).filter(z -> z.zoneId.getId().equals(id)).findFirst();
    }
}
