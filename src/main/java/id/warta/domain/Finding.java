package id.warta.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a draft.
 *
 * @param start   UTF-16 offset into the original text, inclusive
 * @param end     UTF-16 offset into the original text, exclusive
 * @param excerpt exactly {@code text.substring(start, end)}
 */
public record Finding(
        String ruleId,
        EthicsCategory category,
        List<Integer> principles,
        Severity severity,
        int start,
        int end,
        String excerpt,
        String messageId,
        String messageEn) {

    public Finding {
        Texts.requireNonBlank(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        principles = List.copyOf(principles);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(excerpt, "excerpt");
        if (excerpt.length() != end - start) {
            throw new IllegalArgumentException("excerpt does not match span " + start + ".." + end);
        }
        messageId = messageId == null ? "" : messageId;
        messageEn = messageEn == null ? "" : messageEn;
    }

    /** The message in English for "en", else in Indonesian, the default language of Warta. */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageId;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, principles, newSeverity, start, end, excerpt, messageId, messageEn);
    }
}
