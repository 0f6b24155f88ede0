package id.warta.service;

import id.warta.ethics.WatchTermCheck;

import java.util.List;
import java.util.Locale;

/** A watch or allow term that could never match, or would match nearly everything. */
public final class InvalidWatchTermException extends IllegalArgumentException implements UserFacingException {
    private final WatchTermCheck.Problem problem;

    public InvalidWatchTermException(WatchTermCheck.Problem problem, String term) {
        super("Watch-list term refused (" + problem + "): " + abbreviate(term));
        this.problem = problem;
    }

    public WatchTermCheck.Problem problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return "watch.invalid." + problem.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<String> arguments() {
        return switch (problem) {
            case TOO_LONG -> List.of(String.valueOf(WatchTermCheck.MAX_LENGTH));
            case TOO_SHORT -> List.of(String.valueOf(WatchTermCheck.MIN_LETTERS_OR_DIGITS));
            default -> List.of();
        };
    }

    private static String abbreviate(String term) {
        String t = term == null ? "" : term;
        return t.length() <= 40 ? t : t.substring(0, 40) + "...";
    }
}
