package id.warta.ethics.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named list of words and phrases, tokenised once with the same tokenizer as drafts so a
 * phrase matches whole tokens, never substrings ("cuk" never matches "cukup").
 */
public final class Lexicon {
    /** One entry as written in the lexicon file, split into normalised words. */
    public record Entry(String text, List<String> words) {
    }

    /** An entry with the stems of its words, for the few rules that match by stem. */
    record StemmedEntry(Entry entry, List<String> stems) {
    }

    private final String name;
    private final List<Entry> entries;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /**
     * Built on first use: only two rules of a pack match by stem, and stemming every entry of
     * every lexicon was a large share of loading a pack cold.
     */
    private volatile Map<String, List<StemmedEntry>> byFirstStem;

    public Lexicon(String name, List<String> phrases) {
        this.name = name;
        TextNormalizer normalizer = new TextNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        List<Entry> built = new ArrayList<>();
        for (String phrase : phrases) {
            List<Token> tokens = tokenizer.tokenize(normalizer.normalize(phrase.strip()));
            if (tokens.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>(tokens.size());
            for (Token token : tokens) {
                words.add(token.text());
            }
            Entry entry = new Entry(phrase.strip(), List.copyOf(words));
            built.add(entry);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(entry);
        }
        this.entries = Collections.unmodifiableList(built);
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    List<Entry> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    List<StemmedEntry> startingWithStem(String stem) {
        Map<String, List<StemmedEntry>> index = byFirstStem;
        if (index == null) {
            index = stemIndex();
        }
        return index.getOrDefault(stem, List.of());
    }

    private synchronized Map<String, List<StemmedEntry>> stemIndex() {
        if (byFirstStem == null) {
            Stemmer stemmer = new Stemmer();
            Map<String, List<StemmedEntry>> index = new HashMap<>();
            for (Entry entry : entries) {
                List<String> stems = entry.words().stream().map(stemmer::stem).toList();
                index.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new StemmedEntry(entry, stems));
            }
            byFirstStem = index;
        }
        return byFirstStem;
    }
}
