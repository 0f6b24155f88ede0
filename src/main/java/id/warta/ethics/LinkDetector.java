package id.warta.ethics;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Link hygiene: shorteners hide the destination (variant "shortener"), "http://" is not secure
 * (variant "insecure"), raw IP addresses (variant "rawIp"), and look-alike domains that borrow a
 * government word outside the official suffixes (the rule's default: "cekbansos-kemensos.com").
 */
final class LinkDetector implements Detector {
    private static final Pattern HOST = Pattern.compile(
            // The leading lookahead lets the engine skip spaces and punctuation with one test.
            "(?=[a-z0-9])(?<![\\p{L}\\d@.\\-])(https?://)?((?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.){1,6}([a-z]{2,24}+))(?::\\d{2,5})?(?:/[^\\s)\\]>\"]{0,300}+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IP = Pattern.compile("(?=[h\\d])(?<![\\d.])(https?://)?\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\d.]\\d)(?::\\d{2,5})?(?:/[^\\s)]{0,300}+)?");

    private final Set<String> topLevelDomains;
    private final List<String> officialDomains;
    private final Set<String> shorteners;
    private final List<String> governmentWords;

    LinkDetector(Params params) {
        this.topLevelDomains = Set.copyOf(params.strings("topLevelDomains"));
        this.officialDomains = params.strings("officialDomains");
        this.shorteners = Set.copyOf(params.strings("shorteners"));
        this.governmentWords = params.strings("governmentWords");
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        String original = input.original();
        Matcher m = HOST.matcher(original);
        while (m.find()) {
            String tld = m.group(3).toLowerCase(Locale.ROOT);
            if (!topLevelDomains.contains(tld)) {
                continue;
            }
            String host = m.group(2).toLowerCase(Locale.ROOT);
            int end = trimTrailingPunctuation(original, m.start(), m.end());
            String variant = classify(host, m.group(1));
            if (variant != null) {
                hits.accept(Hit.of(m.start(), end, variant.isEmpty() ? null : variant));
            }
        }
        Matcher ip = IP.matcher(original);
        while (ip.find()) {
            if (isIp(ip.group())) {
                hits.accept(Hit.of(ip.start(), trimTrailingPunctuation(original, ip.start(), ip.end()), "rawIp"));
            }
        }
    }

    /** null when fine, "" for the default (look-alike), else a variant name. */
    private String classify(String host, String scheme) {
        if (shorteners.contains(host)) {
            return "shortener";
        }
        boolean official = Domains.isOnList(host, officialDomains);
        if (scheme != null && scheme.toLowerCase(Locale.ROOT).equals("http://")) {
            return "insecure";
        }
        if (!official) {
            for (String word : governmentWords) {
                if (host.contains(word)) {
                    return "";
                }
            }
        }
        return null;
    }

    private static boolean isIp(String text) {
        String digits = text.replaceFirst("^https?://", "").split("[:/]")[0];
        for (String part : digits.split("\\.")) {
            if (part.isEmpty() || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        int e = end;
        while (e > start && ".,;:!?".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }
}
