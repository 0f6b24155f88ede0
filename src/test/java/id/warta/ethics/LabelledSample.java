package id.warta.ethics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.domain.EthicsCategory;
import id.warta.domain.Finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A labelled corpus in the examples.jsonl format and its precision/recall per category. */
final class LabelledSample {
    record Example(String id, String text, Set<EthicsCategory> expected) {
    }

    record Score(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private final List<Example> examples;

    private LabelledSample(List<Example> examples) {
        this.examples = examples;
    }

    static LabelledSample read(Reader source) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> examples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                Set<EthicsCategory> expected = EnumSet.noneOf(EthicsCategory.class);
                node.path("expect").forEach(c -> expected.add(EthicsCategory.valueOf(c.asText())));
                examples.add(new Example(node.path("id").asText(), node.path("text").asText(), expected));
            }
        }
        return new LabelledSample(examples);
    }

    List<Example> examples() {
        return examples;
    }

    /** Scores per core category; every example is checked once. Mismatches go to {@code report}. */
    Map<EthicsCategory, Score> score(EthicsChecker checker, StringBuilder report) {
        Map<EthicsCategory, int[]> counts = new EnumMap<>(EthicsCategory.class);
        for (EthicsCategory category : EthicsCategory.values()) {
            if (category.isCore()) {
                counts.put(category, new int[3]);
            }
        }
        for (Example example : examples) {
            List<Finding> findings = checker.check(example.text(), CheckContext.EMPTY);
            Set<EthicsCategory> found = findings.stream().map(Finding::category)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(EthicsCategory.class)));
            for (Map.Entry<EthicsCategory, int[]> entry : counts.entrySet()) {
                boolean expected = example.expected().contains(entry.getKey());
                boolean got = found.contains(entry.getKey());
                if (expected && got) {
                    entry.getValue()[0]++;
                } else if (got) {
                    entry.getValue()[1]++;
                    report.append("FP ").append(entry.getKey()).append(' ').append(example.id()).append(": ")
                            .append(describe(findings, entry.getKey())).append('\n');
                } else if (expected) {
                    entry.getValue()[2]++;
                    report.append("FN ").append(entry.getKey()).append(' ').append(example.id()).append('\n');
                }
            }
        }
        Map<EthicsCategory, Score> scores = new EnumMap<>(EthicsCategory.class);
        counts.forEach((category, c) -> scores.put(category, new Score(c[0], c[1], c[2])));
        return scores;
    }

    /** Share of examples without any expected category that still got a BLOCK or WARN. */
    double cleanFalseAlarmRate(EthicsChecker checker, StringBuilder report) {
        int clean = 0;
        int alarmed = 0;
        for (Example example : examples) {
            if (!example.expected().isEmpty()) {
                continue;
            }
            clean++;
            List<Finding> findings = checker.check(example.text(), CheckContext.EMPTY);
            if (findings.stream().anyMatch(f -> f.severity() != id.warta.domain.Severity.INFO)) {
                alarmed++;
                report.append("ALARM ").append(example.id()).append(": ")
                        .append(findings.stream().map(f -> f.ruleId() + "'" + f.excerpt() + "'").toList()).append('\n');
            }
        }
        return clean == 0 ? 0 : (double) alarmed / clean;
    }

    static String table(Map<EthicsCategory, Score> scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s %4s %4s %4s %9s %6s%n",
                "category", "TP", "FP", "FN", "precision", "recall"));
        scores.forEach((category, s) -> out.append(String.format(Locale.ROOT, "%-18s %4d %4d %4d %9.2f %6.2f%n",
                category, s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall())));
        return out.toString();
    }

    private static String describe(List<Finding> findings, EthicsCategory category) {
        return findings.stream().filter(f -> f.category() == category)
                .map(f -> f.ruleId() + " '" + f.excerpt() + "'").collect(Collectors.joining(", "));
    }
}
