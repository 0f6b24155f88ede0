package id.warta.ethics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import id.warta.ethics.text.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A detector's parameters from the rule file, with messages that name the rule when wrong. */
final class Params {
    private final String ruleId;
    private final JsonNode node;
    private final Lexicons lexicons;

    Params(String ruleId, JsonNode node, Lexicons lexicons) {
        this.ruleId = ruleId;
        this.node = node == null ? MissingNode.getInstance() : node;
        this.lexicons = lexicons;
    }

    boolean has(String name) {
        return node.hasNonNull(name);
    }

    String string(String name) {
        if (!has(name)) {
            throw new RulePackException("rule " + ruleId + ": parameter '" + name + "' is missing");
        }
        return node.get(name).asText();
    }

    String string(String name, String fallback) {
        return has(name) ? node.get(name).asText() : fallback;
    }

    int integer(String name, int fallback) {
        return has(name) ? node.get(name).asInt(fallback) : fallback;
    }

    boolean flag(String name) {
        return has(name) && node.get(name).asBoolean(false);
    }

    List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        if (has(name)) {
            node.get(name).forEach(item -> out.add(item.asText()));
        }
        return out;
    }

    Lexicon lexicon(String name) {
        return lexicons.get(string(name));
    }

    Lexicon optionalLexicon(String name) {
        return has(name) ? lexicons.get(node.get(name).asText()) : null;
    }

    Params child(String name) {
        return new Params(ruleId, node.get(name), lexicons);
    }

    Pattern regex(String name, int flags) {
        String source = string(name);
        try {
            return Pattern.compile(source, flags);
        } catch (PatternSyntaxException e) {
            throw new RulePackException("rule " + ruleId + ": parameter '" + name + "' is not a valid pattern: "
                    + e.getDescription());
        }
    }

    Pattern optionalRegex(String name, int flags) {
        return has(name) ? regex(name, flags) : null;
    }

    String ruleId() {
        return ruleId;
    }
}
