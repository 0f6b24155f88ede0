package id.warta.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.MonthEntryView;
import id.warta.domain.CalendarEntry;
import id.warta.service.Messages;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;

/**
 * The findings badge on calendar entries: a small count, red for blocking findings and amber for
 * advisory ones, at the right of a month entry and the top right of a week or day entry.
 */
final class BadgedEntryViews {
    private BadgedEntryViews() {
    }

    /** The badge for a publication, or {@code null} when its post has nothing to show. */
    static Label badgeFor(CalendarEntry e, Messages messages) {
        FindingsBadge kind = FindingsBadge.of(e);
        if (kind == FindingsBadge.NONE) {
            return null;
        }
        Label badge = new Label(Integer.toString(FindingsBadge.count(e)));
        badge.getStyleClass().addAll("findings-badge", kind.styleClass());
        badge.setAccessibleText(describe(e, messages));
        badge.setMinWidth(Label.USE_PREF_SIZE);
        badge.setMouseTransparent(true);
        return badge;
    }

    /** "2 temuan memblokir" or "1 temuan peringatan"; empty when there is no badge. */
    static String describe(CalendarEntry e, Messages messages) {
        return switch (FindingsBadge.of(e)) {
            case BLOCKING -> messages.format("calendar.findings.blocking", e.blockingFindings());
            case ADVISORY -> messages.format("calendar.findings.advisory", e.advisoryFindings());
            case NONE -> "";
        };
    }

    static MonthEntryView month(Entry<?> entry, Label badge) {
        return badge == null ? new MonthEntryView(entry) : new BadgedMonthEntryView(entry, badge);
    }

    static DayEntryView day(Entry<?> entry, Label badge) {
        DayEntryView view = new DayEntryView(entry);
        if (badge != null) {
            view.addNode(Pos.TOP_RIGHT, badge);
        }
        return view;
    }

    /** CalendarFX's month entry has no place for extra nodes: its skin gets one at the right. */
    private static final class BadgedMonthEntryView extends MonthEntryView {
        private final Label badge;

        BadgedMonthEntryView(Entry<?> entry, Label badge) {
            super(entry);
            this.badge = badge;
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new impl.com.calendarfx.view.MonthEntryViewSkin(this) {
                {
                    getChildren().add(badge);
                }

                @Override
                protected void layoutChildren(double x, double y, double w, double h) {
                    double bw = badge.prefWidth(-1);
                    super.layoutChildren(x, y, Math.max(0, w - bw - 3), h);
                    layoutInArea(badge, x + w - bw, y, bw, h, 0, HPos.RIGHT, VPos.CENTER);
                }
            };
        }
    }
}
