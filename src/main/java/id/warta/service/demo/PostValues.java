package id.warta.service.demo;

import id.warta.service.demo.DemoCatalogue.ClientProfile;
import id.warta.service.demo.Observances.Observance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The substitutions for one post: places, dates, times with their zone, contacts and invented identifiers. */
final class PostValues {
    private static final List<String> EVENT_HOURS = List.of("08.00–12.00", "09.00–13.00", "08.30–11.30",
            "13.00–15.00", "09.00–14.00", "15.00–17.00");

    private final Random random;

    PostValues(Random random) {
        this.random = random;
    }

    Map<String, String> forPost(ClientProfile profile, LocalDate date, LocalTime time, Observance observance) {
        String zone = profile.zone().name();
        Map<String, String> v = new HashMap<>();
        v.put("tempat", pick(profile.places()));
        v.put("fasilitas", pick(profile.venues()));
        v.put("tanggal", TextFiller.longDate(date));
        v.put("tanggal_acara", TextFiller.longDate(date.plusDays(2 + random.nextInt(6))));
        v.put("jam", TextFiller.clock(time));
        LocalTime end = time.plusMinutes(90);
        v.put("jam_selesai", TextFiller.clock(end.isBefore(time) ? LocalTime.of(23, 59) : end));
        v.put("jam_acara", pick(EVENT_HOURS) + " " + zone);
        v.put("zona", zone);
        v.put("situs", profile.website());
        v.put("wa", profile.waCenter());
        v.put("email", profile.email());
        v.put("angka", Integer.toString(12 + random.nextInt(60)));
        v.put("klien", profile.shortName());
        v.put("instansi", profile.name());
        v.put("tahun", Integer.toString(date.getYear()));
        v.put("nik", FictionalIdentifiers.nik(profile.nikProvince(), random));
        v.put("hp", FictionalIdentifiers.mobile(random));
        if (observance != null) {
            v.put("hari_besar", observance.name());
            v.put("pesan", observance.message());
        }
        return v;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
