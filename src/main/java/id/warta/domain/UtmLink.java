package id.warta.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A post's link and the UTM parameters added to it per account. A blank source means "the
 * channel's code" and a blank campaign "the campaign's name as a slug", so one link serves every
 * target account.
 *
 * @param url      the link as typed, without UTM parameters of its own (any are replaced)
 * @param source   utm_source, blank for the channel
 * @param medium   utm_medium, "social" by default
 * @param campaign utm_campaign, blank for the post's campaign
 */
public record UtmLink(String url, String source, String medium, String campaign) {
    public static final String DEFAULT_MEDIUM = "social";
    public static final UtmLink NONE = new UtmLink("", "", DEFAULT_MEDIUM, "");
    private static final List<String> UTM_KEYS = List.of("utm_source", "utm_medium", "utm_campaign");

    public UtmLink {
        url = url == null ? "" : url.strip();
        source = source == null ? "" : source.strip();
        medium = medium == null ? "" : medium.strip();
        campaign = campaign == null ? "" : campaign.strip();
    }

    public boolean isEmpty() {
        return url.isEmpty();
    }

    /** True for an absolute http or https address with a host and no spaces; a blank link is valid (none). */
    public boolean isValid() {
        return isEmpty() || valid(url);
    }

    static boolean valid(String url) {
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The address one account publishes: the link with utm_source, utm_medium and utm_campaign
     * appended to its query (replacing any there), before its fragment. Empty when there is no
     * valid link.
     *
     * @param channel      the target account's channel: the default source
     * @param campaignName the post's campaign, or null: the default campaign
     */
    public String finalUrl(Channel channel, String campaignName) {
        if (isEmpty() || !isValid()) {
            return "";
        }
        String src = !source.isEmpty() ? source : channel == null ? "" : channel.code();
        String cmp = !campaign.isEmpty() ? campaign : slug(campaignName);
        return withParameters(url, List.of(src, medium, cmp));
    }

    private static String withParameters(String url, List<String> values) {
        String fragment = "";
        int hash = url.indexOf('#');
        String rest = url;
        if (hash >= 0) {
            fragment = url.substring(hash);
            rest = url.substring(0, hash);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        List<String> parts = new ArrayList<>();
        for (String p : query.split("&")) {
            String key = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
            if (!p.isEmpty() && !UTM_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                parts.add(p);
            }
        }
        for (int i = 0; i < UTM_KEYS.size(); i++) {
            if (!values.get(i).isEmpty()) {
                parts.add(UTM_KEYS.get(i) + "=" + encode(values.get(i)));
            }
        }
        return rest + (parts.isEmpty() ? "" : "?" + String.join("&", parts)) + fragment;
    }

    /** Percent-encoding for a query value, spaces as %20 (a "+" is read as a plus by some analytics). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** "Bulan Imunisasi Anak 2026" → "bulan-imunisasi-anak-2026"; empty for null. */
    public static String slug(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
