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
    public record Entry(String text, List<String> words, List<String> stems) {
    }

    private final String name;
    private final List<Entry> entries;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();

    public Lexicon(String name, List<String> phrases) {
        this.name = name;
        TextNormalizer normalizer = new TextNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        Stemmer stemmer = new Stemmer();
        List<Entry> built = new ArrayList<>();
        for (String phrase : phrases) {
            List<Token> tokens = tokenizer.tokenize(normalizer.normalize(phrase.strip()));
            if (tokens.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            List<String> stems = new ArrayList<>();
            for (Token token : tokens) {
                words.add(token.text());
                stems.add(stemmer.stem(token.text()));
            }
            Entry entry = new Entry(phrase.strip(), List.copyOf(words), List.copyOf(stems));
            built.add(entry);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(entry);
            byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(entry);
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

    List<Entry> startingWithStem(String stem) {
        return byFirstStem.getOrDefault(stem, List.of());
    }
}
