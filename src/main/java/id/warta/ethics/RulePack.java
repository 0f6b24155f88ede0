package id.warta.ethics;

import java.util.List;

/**
 * A loaded and compiled rule pack: its version (stored with every check result so an old
 * approval can be explained later), its rules and their ready detectors. Immutable.
 */
public final class RulePack {
    /** A rule with its detector, compiled once per pack. */
    record CompiledRule(Rule rule, Detector detector) {
    }

    private final String version;
    private final List<CompiledRule> rules;
    private final Frames frames;

    RulePack(String version, List<CompiledRule> rules, Frames frames) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.frames = frames;
    }

    public String version() {
        return version;
    }

    public List<Rule> rules() {
        return rules.stream().map(CompiledRule::rule).toList();
    }

    List<CompiledRule> compiledRules() {
        return rules;
    }

    Frames frames() {
        return frames;
    }
}
