package id.warta.ethics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles a rule's list of patterns once, with a message naming the rule when one is broken. */
final class Patterns {
    private Patterns() {
    }

    static List<Pattern> compile(Params params, String name, int flags) {
        List<Pattern> out = new ArrayList<>();
        for (String source : params.strings(name)) {
            try {
                out.add(Pattern.compile(source, flags));
            } catch (PatternSyntaxException e) {
                throw new RulePackException("rule " + params.ruleId() + ": '" + name + "' has an invalid pattern: "
                        + e.getDescription());
            }
        }
        return out;
    }

    static boolean anyFinds(List<Pattern> patterns, CharSequence text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
