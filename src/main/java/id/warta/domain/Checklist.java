package id.warta.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The human checklist for the eight principles of PermenPAN-RB 83/2012 (REFERENCE.md, part e).
 * The questions are worded both ways: for some a "Ya" is the reassuring answer ("is the language
 * polite?"), for others it signals a concern ("is anything classified?"). A concern does not
 * forbid approval, but it must be explained in a note, so an inspector later reads why.
 */
public final class Checklist {
    public static final int PRINCIPLES = 8;
    public static final int MIN_CONCERN_NOTE_LENGTH = 10;

    /** The reassuring answer per principle, 1-based: true means "Ya" is reassuring. */
    private static final boolean[] REASSURING_YES = {true, true, false, true, false, true, false, true};

    private final Map<Integer, ChecklistAnswer> answers;

    private Checklist(Map<Integer, ChecklistAnswer> answers) {
        this.answers = answers;
    }

    public static Checklist of(Collection<ChecklistAnswer> answers) {
        Map<Integer, ChecklistAnswer> byPrinciple = new TreeMap<>();
        for (ChecklistAnswer a : answers) {
            if (byPrinciple.put(a.principle(), a) != null) {
                throw new IllegalArgumentException("Principle " + a.principle() + " answered twice");
            }
        }
        return new Checklist(byPrinciple);
    }

    public static Checklist empty() {
        return new Checklist(new TreeMap<>());
    }

    public static boolean reassuringAnswer(int principle) {
        return REASSURING_YES[principle - 1];
    }

    public static boolean isConcern(ChecklistAnswer answer) {
        return answer.yes() != reassuringAnswer(answer.principle());
    }

    public List<ChecklistAnswer> answers() {
        return List.copyOf(answers.values());
    }

    /** Principles with no answer yet, in order. */
    public List<Integer> unanswered() {
        List<Integer> missing = new ArrayList<>();
        for (int p = 1; p <= PRINCIPLES; p++) {
            if (!answers.containsKey(p)) {
                missing.add(p);
            }
        }
        return missing;
    }

    /** Principles answered with a concern but without a note long enough to explain it. */
    public List<Integer> unexplainedConcerns() {
        return answers.values().stream()
                .filter(Checklist::isConcern)
                .filter(a -> a.note().length() < MIN_CONCERN_NOTE_LENGTH)
                .map(ChecklistAnswer::principle)
                .toList();
    }

    public boolean readyForApproval() {
        return unanswered().isEmpty() && unexplainedConcerns().isEmpty();
    }
}
