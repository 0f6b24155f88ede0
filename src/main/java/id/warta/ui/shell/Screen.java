package id.warta.ui.shell;

/** The screens of the navigation rail, in rail order. */
public enum Screen {
    CALENDAR("nav.calendar"),
    REVIEW("nav.review"),
    REPORTS("nav.reports"),
    SETTINGS("nav.settings");

    private final String labelKey;

    Screen(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
