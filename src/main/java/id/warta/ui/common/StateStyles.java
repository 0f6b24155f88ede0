package id.warta.ui.common;

import id.warta.domain.WorkflowState;

/** Style class and label key per workflow state; colours live in the token sheet. */
public final class StateStyles {
    private StateStyles() {
    }

    public static String styleClass(WorkflowState state) {
        return "state-" + state.code().replace('_', '-');
    }

    public static String labelKey(WorkflowState state) {
        return "state." + state.code();
    }
}
