package id.warta.ethics;

import id.warta.domain.EthicsCategory;
import id.warta.domain.Severity;

import java.util.List;
import java.util.Map;

/**
 * One rule of the pack as written in its JSON file. A detector may report a variant of the rule
 * (an invalid NIK is a WARN with its own message); variants override severity and messages.
 */
public record Rule(String id, EthicsCategory category, List<Integer> principles, Severity severity,
                   LegalBasis legalBasis, String detector, Messages messages, Map<String, Variant> variants) {

    /** The text shown to the user in Indonesian and English. */
    public record Messages(String id, String en) {
    }

    /** A named variation of the rule reported by its detector. */
    public record Variant(Severity severity, Messages messages) {
    }

    public Rule {
        principles = List.copyOf(principles);
        variants = variants == null ? Map.of() : Map.copyOf(variants);
    }

    Severity severityOf(String variant) {
        Variant v = variant == null ? null : variants.get(variant);
        return v != null && v.severity() != null ? v.severity() : severity;
    }

    Messages messagesOf(String variant) {
        Variant v = variant == null ? null : variants.get(variant);
        return v != null && v.messages() != null ? v.messages() : messages;
    }
}
