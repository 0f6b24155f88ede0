package id.warta.service;

import java.util.Collection;
import java.util.List;

/** Full-text search over post titles and bodies; the vendor's own index does the matching. */
public interface SearchRepository {
    /**
     * Posts of the given clients whose title or body contain every word of {@code text}, each word
     * also as the start of a longer word ("banj" finds "banjir"), ignoring case and accents; best
     * matches first, at most {@code limit}. Any user input is safe: quotes, operators and
     * punctuation are plain text, never query syntax.
     */
    List<SearchHit> search(String text, Collection<String> clientIds, int limit);
}
