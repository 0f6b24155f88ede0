package id.warta.ui.calendar;

import id.warta.domain.CalendarEntry;
import id.warta.domain.Post;
import id.warta.service.Messages;
import id.warta.service.PostEditingService;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * "Duplikat": a new draft copied from a post on the calendar, its publications moved to a day the
 * user picks (the day after the original by default, never before tomorrow), then opened in the
 * editor. Outcomes are told through the calendar's notice and problem lines.
 */
public final class DuplicateViewModel {
    private final PostEditingService editing;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final CalendarViewModel calendar;
    private final Consumer<String> openPost;

    public DuplicateViewModel(PostEditingService editing, BackgroundTasks tasks, Messages messages,
                              CalendarViewModel calendar, Consumer<String> openPost) {
        this.editing = editing;
        this.tasks = tasks;
        this.messages = messages;
        this.calendar = calendar;
        this.openPost = openPost;
    }

    /** The day after the publication's own day, or tomorrow when that has passed. */
    public LocalDate defaultDay(CalendarEntry entry) {
        LocalDate next = entry.scheduledAt().atZone(calendar.zone()).toLocalDate().plusDays(1);
        LocalDate tomorrow = calendar.todayDate().plusDays(1);
        return next.isBefore(tomorrow) ? tomorrow : next;
    }

    /** The copy's title in the user's language. */
    public String copyTitle(CalendarEntry entry) {
        return messages.format("calendar.duplicate.copyTitle", entry.title());
    }

    /** Copies the post; a day in the past is refused before anything is written. */
    public void duplicate(CalendarEntry entry, LocalDate firstDay) {
        if (entry == null || firstDay == null) {
            return;
        }
        if (firstDay.isBefore(calendar.todayDate())) {
            calendar.noticeProperty().set("");
            calendar.problemProperty().set(messages.get("calendar.duplicate.past"));
            return;
        }
        String title = copyTitle(entry);
        calendar.noticeProperty().set("");
        tasks.submit(() -> editing.duplicate(entry.postId(), title, firstDay, calendar.zone()), (Post copy) -> {
            calendar.problemProperty().set("");
            calendar.noticeProperty().set(messages.format("calendar.duplicate.done", entry.title()));
            calendar.load();
            openPost.accept(copy.id());
        }, e -> calendar.problemProperty().set(ErrorText.of(e, messages)));
    }
}
