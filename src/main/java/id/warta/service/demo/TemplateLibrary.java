package id.warta.service.demo;

import id.warta.domain.ContentType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * All demo texts, looked up by client and content type. Remembers which templates it handed out, so use one
 * library per generated data set.
 *
 * <p>Templates live in code rather than in {@code src/main/resources/demo}: the generator stays a pure function
 * without I/O, and a typo in a placeholder fails the unit tests instead of a user's first start.
 */
final class TemplateLibrary {
    private final List<PostTemplate> regular;
    private final List<PostTemplate> flagged;
    private final Map<PostTemplate, Integer> uses = new HashMap<>();

    TemplateLibrary() {
        List<PostTemplate> all = new ArrayList<>();
        all.addAll(HealthTemplates.all());
        all.addAll(DisasterTemplates.all());
        all.addAll(DigitalServiceTemplates.all());
        this.regular = List.copyOf(all);
        this.flagged = FlaggedTemplates.all();
    }

    /**
     * A regular template for the client and type, preferring the least used so far (ties broken at random);
     * falls back to any type of the client.
     */
    PostTemplate pick(String clientKey, ContentType type, Random random) {
        List<PostTemplate> matching = regular.stream()
                .filter(t -> t.clientKey().equals(clientKey) && t.type() == type).toList();
        if (matching.isEmpty()) {
            matching = regular.stream().filter(t -> t.clientKey().equals(clientKey)).toList();
        }
        int fewest = matching.stream().mapToInt(t -> uses.getOrDefault(t, 0)).min().orElse(0);
        List<PostTemplate> least = matching.stream().filter(t -> uses.getOrDefault(t, 0) == fewest).toList();
        PostTemplate chosen = least.get(random.nextInt(least.size()));
        uses.merge(chosen, 1, Integer::sum);
        return chosen;
    }

    PostTemplate greeting(String clientKey, Random random) {
        List<PostTemplate> greetings = List.of(
                PostTemplate.of(clientKey, ContentType.GREETING, null, "Selamat {hari_besar}", """
                        Selamat {hari_besar}! 🇮🇩

                        {pesan}

                        Salam hangat,
                        {instansi}""", "Kartu ucapan {hari_besar} dengan logo {klien}"),
                PostTemplate.of(clientKey, ContentType.GREETING, null, "{hari_besar} {tahun}", """
                        Keluarga besar {instansi} mengucapkan selamat memperingati {hari_besar} {tahun}.

                        {pesan} 🙏""", "Ucapan {hari_besar} bergambar pegawai {klien} di depan kantor"));
        return greetings.get(random.nextInt(greetings.size()));
    }

    List<PostTemplate> flagged() {
        return flagged;
    }

    List<PostTemplate> regular() {
        return regular;
    }
}
