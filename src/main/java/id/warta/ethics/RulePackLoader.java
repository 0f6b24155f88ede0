package id.warta.ethics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.warta.domain.EthicsCategory;
import id.warta.domain.Severity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads a versioned rule pack from {@code ethics/rulepack/<version>/}: {@code pack.json} names the
 * rule files and the frame lexicons; lexicons are {@code lexicon/<name>.txt}, one word or phrase a
 * line, '#' starts a comment. Everything is compiled here, once, so a check does no setup.
 */
public final class RulePackLoader {
    public static final String CURRENT_VERSION = "2026.1";
    private static final String ROOT = "ethics/rulepack/";

    private final Function<String, InputStream> resources;
    private final JsonTrees json = new JsonTrees();

    /** Reads packs from the classpath. */
    public RulePackLoader() {
        this(path -> RulePackLoader.class.getClassLoader().getResourceAsStream(path));
    }

    /** Reads packs through {@code resources}, which returns null for a missing file. */
    public RulePackLoader(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    public RulePack loadCurrent() {
        return load(CURRENT_VERSION);
    }

    public RulePack load(String version) {
        if (version == null || !version.matches("[0-9A-Za-z.\\-]{1,20}")) {
            throw new RulePackException("invalid rule-pack version: " + version);
        }
        String base = ROOT + version + "/";
        JsonNode manifest = readJson(base + "pack.json");
        String declared = manifest.path("version").asText("");
        if (!declared.equals(version)) {
            throw new RulePackException(base + "pack.json declares version '" + declared + "', expected " + version);
        }
        Lexicons lexicons = new Lexicons(name -> readLexicon(base + "lexicon/" + name + ".txt"));
        Frames frames = frames(manifest.path("frames"), lexicons);
        List<RulePack.CompiledRule> compiled = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode file : manifest.path("ruleFiles")) {
            String path = base + file.asText();
            for (JsonNode node : readJson(path).path("rules")) {
                Rule rule = rule(node, path);
                if (!ids.add(rule.id())) {
                    throw new RulePackException(path + ": duplicate rule id " + rule.id());
                }
                Params params = new Params(rule.id(), node.path("detector").path("params"), lexicons);
                compiled.add(new RulePack.CompiledRule(rule, DetectorFactory.create(rule.detector(), params)));
            }
        }
        if (compiled.isEmpty()) {
            throw new RulePackException(base + "pack.json: no rules");
        }
        return new RulePack(version, compiled, frames);
    }

    private Frames frames(JsonNode node, Lexicons lexicons) {
        Params params = new Params("frames", node, lexicons);
        String labels = params.lexicon("clarificationLabels").entries().stream()
                .map(e -> Pattern.quote(e.text()))
                .collect(Collectors.joining("|"));
        Pattern label = Pattern.compile("\\[\\s{0,3}(?:" + labels + ")\\s{0,3}\\]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Frames(label, params.lexicon("refutations"), params.lexicon("claims"),
                params.lexicon("prevention"), params.lexicon("officialSources"));
    }

    private Rule rule(JsonNode node, String path) {
        String id = text(node, "id", path);
        String where = path + " rule " + id;
        EthicsCategory category = enumValue(EthicsCategory.class, text(node, "category", where), where);
        Severity severity = enumValue(Severity.class, text(node, "severity", where), where);
        List<Integer> principles = new ArrayList<>();
        node.path("principles").forEach(p -> principles.add(p.asInt()));
        if (principles.isEmpty()) {
            throw new RulePackException(where + ": no principles");
        }
        JsonNode basis = node.path("legal_basis");
        LegalBasis legalBasis = new LegalBasis(basis.path("instrument").asText(""), basis.path("article").asText(""),
                basis.path("note").asText(""));
        Map<String, Rule.Variant> variants = new HashMap<>();
        node.path("variants").properties().forEach(entry -> {
            JsonNode v = entry.getValue();
            Severity variantSeverity = v.hasNonNull("severity")
                    ? enumValue(Severity.class, v.get("severity").asText(), where) : null;
            Rule.Messages messages = v.has("messages") ? messages(v.get("messages"), where) : null;
            variants.put(entry.getKey(), new Rule.Variant(variantSeverity, messages));
        });
        return new Rule(id, category, principles, severity, legalBasis,
                text(node.path("detector"), "type", where), messages(node.path("messages"), where), variants);
    }

    private static Rule.Messages messages(JsonNode node, String where) {
        return new Rule.Messages(text(node, "id", where + " messages"), text(node, "en", where + " messages"));
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.asText().isBlank()) {
            throw new RulePackException(where + ": '" + field + "' is missing");
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RulePackException(where + ": unknown " + type.getSimpleName() + " '" + value + "'");
        }
    }

    private JsonNode readJson(String path) {
        try (InputStream in = open(path)) {
            return json.read(in);
        } catch (JsonProcessingException e) {
            throw new RulePackException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RulePackException(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private List<String> readLexicon(String path) {
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                // A '#' at the start of a word is a hashtag entry ("#2periode"); only "# " or a leading '#' comments.
                if (comment == 0 || comment > 0 && line.charAt(comment - 1) == ' ' && (comment + 1 >= line.length()
                        || line.charAt(comment + 1) == ' ')) {
                    line = line.substring(0, comment);
                }
                if (!line.isBlank()) {
                    entries.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private InputStream open(String path) {
        InputStream in = resources.apply(path);
        if (in == null) {
            throw new RulePackException("rule-pack file missing: " + path);
        }
        return in;
    }
}
