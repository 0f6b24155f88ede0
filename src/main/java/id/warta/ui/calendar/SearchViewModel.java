package id.warta.ui.calendar;

import id.warta.service.Messages;
import id.warta.service.PostSearchService;
import id.warta.service.SearchHit;
import id.warta.ui.common.BackgroundTasks;
import id.warta.ui.common.ErrorText;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Full-text search from the calendar: the words typed, the posts found (best first, at most
 * {@link PostSearchService#LIMIT}), and opening one, which shows its day on the calendar and the
 * post in the editor.
 */
public final class SearchViewModel {
    private final PostSearchService search;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final CalendarViewModel calendar;
    private final Consumer<String> openPost;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private long generation;

    public SearchViewModel(PostSearchService search, BackgroundTasks tasks, Messages messages,
                           CalendarViewModel calendar, Consumer<String> openPost) {
        this.search = search;
        this.tasks = tasks;
        this.messages = messages;
        this.calendar = calendar;
        this.openPost = openPost;
    }

    /** Searches for the current words; an answer to older words arriving late is dropped. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        long ticket = ++generation;
        if (text.isEmpty()) {
            results.clear();
            status.set("");
            searching.set(false);
            return;
        }
        searching.set(true);
        tasks.submit(() -> search.search(text), (List<SearchHit> found) -> {
            if (ticket != generation) {
                return;
            }
            searching.set(false);
            results.setAll(found);
            status.set(found.isEmpty() ? messages.format("search.none", text)
                    : found.size() >= PostSearchService.LIMIT ? messages.format("search.limited", found.size())
                    : messages.format("search.count", found.size()));
        }, e -> {
            if (ticket == generation) {
                searching.set(false);
                results.clear();
                status.set(ErrorText.of(e, messages));
            }
        });
    }

    /** Shows the post's first publication day on the calendar and opens the post. */
    public void open(SearchHit hit) {
        if (hit == null) {
            return;
        }
        if (hit.firstAt() != null) {
            calendar.goTo(hit.firstAt().atZone(calendar.zone()).toLocalDate());
        }
        openPost.accept(hit.postId());
    }

    public void clear() {
        query.set("");
        search();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    /** How many were found, that none were, or why the search failed. */
    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }
}
