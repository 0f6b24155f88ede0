package id.warta.service.demo;

import java.util.List;
import java.util.Random;

/**
 * Identifiers for the deliberately flawed demo drafts. They have the structure the ethics checker validates
 * (a NIK's region, birth date and serial; a mobile prefix) but are drawn at random; mobile numbers carry a
 * "0000" block so nobody mistakes them for a real subscriber's.
 */
final class FictionalIdentifiers {
    private static final List<String> MOBILE_PREFIXES = List.of("0812", "0813", "0821", "0852", "0853", "0857");

    private FictionalIdentifiers() {
    }

    /**
     * A 16-digit NIK: PP KK CC DDMMYY SSSS, women with day + 40. The regency code is drawn from 80-89, which no
     * regency or city uses, so the number passes a structural check yet cannot be anyone's real NIK.
     */
    static String nik(int provinceCode, Random random) {
        int regency = 80 + random.nextInt(10);
        int district = 1 + random.nextInt(20);
        int day = 1 + random.nextInt(28);
        if (random.nextBoolean()) {
            day += 40;
        }
        int month = 1 + random.nextInt(12);
        int year = (60 + random.nextInt(46)) % 100;
        int serial = 1 + random.nextInt(999);
        return String.format("%02d%02d%02d%02d%02d%02d%04d", provinceCode, regency, district, day, month, year,
                serial);
    }

    /** "0812-0000-3471". */
    static String mobile(Random random) {
        String prefix = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()));
        return prefix + "-0000-" + String.format("%04d", 1000 + random.nextInt(9000));
    }
}
