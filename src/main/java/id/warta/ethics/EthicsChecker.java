package id.warta.ethics;

import id.warta.domain.EthicsCategory;
import id.warta.domain.Finding;
import id.warta.domain.Severity;
import id.warta.ethics.text.AnalyzedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a draft against a compiled rule pack. A pure function of text and context: no state
 * between calls, safe to share between threads, fast enough to run as the user types.
 */
public final class EthicsChecker {
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::ruleId);

    private final RulePack pack;

    public EthicsChecker(RulePack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    public String rulePackVersion() {
        return pack.version();
    }

    public RulePack rulePack() {
        return pack;
    }

    /** Findings sorted by start offset; offsets point into {@code draft} as given. */
    public List<Finding> check(String draft, CheckContext context) {
        String text = draft == null ? "" : draft;
        CheckContext ctx = context == null ? CheckContext.EMPTY : context;
        AnalyzedText analyzed = new AnalyzedText(text);
        DetectionInput input = new DetectionInput(analyzed, ctx, new FrameState(pack.frames(), analyzed, ctx.contentType()));
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RulePack.CompiledRule compiled : pack.compiledRules()) {
            Rule rule = compiled.rule();
            compiled.detector().detect(input, hit -> {
                Finding finding = toFinding(rule, hit, text, ctx);
                if (finding != null && seen.add(rule.id() + ":" + hit.start() + ":" + hit.end())) {
                    findings.add(finding);
                }
            });
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private Finding toFinding(Rule rule, Hit hit, String text, CheckContext ctx) {
        Severity severity = rule.severityOf(hit.variant());
        if (hit.viaStem()) {
            severity = severity.atMost(Severity.WARN);
        }
        if (ctx.electionWindow() && rule.category() == EthicsCategory.PARTISAN) {
            severity = Severity.BLOCK;
        }
        if (severity != Severity.BLOCK && ctx.mutedRuleIds().contains(rule.id())) {
            return null;
        }
        String excerpt = text.substring(hit.start(), hit.end());
        if (isAllowed(excerpt, ctx.watchList())) {
            return null;
        }
        Rule.Messages messages = rule.messagesOf(hit.variant());
        return new Finding(rule.id(), rule.category(), rule.principles(), severity, hit.start(), hit.end(), excerpt,
                messages.id(), messages.en());
    }

    /** Allow-list terms are compared without case and separators, so "0811-0000" allows "0811 0000". */
    private static boolean isAllowed(String excerpt, WatchList watchList) {
        if (watchList.allowTerms().isEmpty() || excerpt.isEmpty()) {
            return false;
        }
        String key = allowKey(excerpt);
        for (String term : watchList.allowTerms()) {
            String termKey = allowKey(term);
            if (!termKey.isEmpty() && (key.equals(termKey) || termKey.length() >= 3 && key.contains(termKey))) {
                return true;
            }
        }
        return false;
    }

    private static String allowKey(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '@') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
