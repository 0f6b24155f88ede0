package id.warta.ethics;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Personal e-mail addresses; role boxes (humas@, ppid@) and official domains are fine. */
final class EmailDetector implements Detector {
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-]{1,64}+@[A-Za-z0-9\\-]{1,63}+(?:\\.[A-Za-z0-9\\-]{1,63}+){1,8}+");
    private final Set<String> roleBoxes;
    private final List<String> officialSuffixes;

    EmailDetector(Params params) {
        this.roleBoxes = Set.copyOf(params.strings("roleBoxes"));
        this.officialSuffixes = params.strings("officialDomains");
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        if (input.original().indexOf('@') < 0) {
            return;
        }
        Matcher m = EMAIL.matcher(input.original());
        while (m.find()) {
            String address = m.group().toLowerCase(Locale.ROOT);
            String local = address.substring(0, address.indexOf('@'));
            String domain = address.substring(address.indexOf('@') + 1);
            if (!roleBoxes.contains(local) && !Domains.isOnList(domain, officialSuffixes)) {
                hits.accept(Hit.of(m.start(), m.end()));
            }
        }
    }
}
