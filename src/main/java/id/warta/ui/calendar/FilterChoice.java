package id.warta.ui.calendar;

/** One item of a filter's drop-down; a {@code null} value means "all". */
public record FilterChoice<T>(T value, String label) {
    public boolean isAll() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
