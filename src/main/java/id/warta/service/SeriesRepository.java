package id.warta.service;

import id.warta.domain.RecurrenceRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The repeat rule of recurring posts and which publications stand for which of its dates. The
 * publications themselves are ordinary rows of {@link PostRepository}.
 */
public interface SeriesRepository {
    /** Which rule date a publication stands for; {@code detached} once it was moved by hand. */
    record Slot(LocalDate date, boolean detached) {
    }

    Optional<RecurrenceRule> ruleOf(String postId);

    /** The first publication typed per account (account id to time), in no particular order. */
    Map<String, Instant> startsOf(String postId);

    /** Stores the rule and replaces the per-account starts. */
    void save(String postId, RecurrenceRule rule, Map<String, Instant> starts);

    /** Forgets the rule; the post's publications become one-off ones. */
    void delete(String postId);

    /** The slots of the post's publications that belong to the series (target id to slot). */
    Map<String, Slot> slotsOf(String postId);

    /** Marks a publication as standing for the rule's {@code date}. */
    void setSlot(String targetId, LocalDate date);
}
