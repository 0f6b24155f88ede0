package id.warta.domain;

/**
 * A supervisor's answer to one question of the eight-principle checklist.
 *
 * @param yes  the answer, Ya ({@code true}) or Tidak ({@code false})
 * @param note why an answer that signals a concern is still acceptable (for example "cleared by the
 *             head of office, memo 12/2026"); empty otherwise
 */
public record ChecklistAnswer(int principle, boolean yes, String note) {
    public static final int MAX_NOTE_LENGTH = 1_000;

    public ChecklistAnswer {
        if (principle < 1 || principle > Checklist.PRINCIPLES) {
            throw new IllegalArgumentException("No principle " + principle);
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("Checklist note longer than " + MAX_NOTE_LENGTH + " characters");
        }
    }
}
