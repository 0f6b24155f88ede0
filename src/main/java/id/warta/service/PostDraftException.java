package id.warta.service;

import java.util.List;

/** A draft the editor cannot save as it is (no title, no client, ...); nothing was saved. */
public final class PostDraftException extends RuntimeException implements UserFacingException {
    public enum Problem {
        NO_CLIENT("noClient"), NO_TITLE("noTitle"), TOO_LONG("tooLong"), FOREIGN_ACCOUNT("foreignAccount"),
        DUPLICATE_ACCOUNT("duplicateAccount"), BAD_TIME("badTime"), BAD_LINK("badLink"),
        NOTES_TOO_LONG("notesTooLong");

        private final String code;

        Problem(String code) {
            this.code = code;
        }
    }

    private final Problem problem;

    public PostDraftException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return "editor.error." + problem.code;
    }

    @Override
    public List<String> arguments() {
        return List.of();
    }
}
