package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The lexicons of one pack, read from their files the first time a rule names them. */
final class Lexicons {
    private final Function<String, List<String>> reader;
    private final Map<String, Lexicon> loaded = new HashMap<>();

    Lexicons(Function<String, List<String>> reader) {
        this.reader = reader;
    }

    Lexicon get(String name) {
        Lexicon lexicon = loaded.get(name);
        if (lexicon == null) {
            lexicon = new Lexicon(name, reader.apply(name));
            loaded.put(name, lexicon);
        }
        return lexicon;
    }

    /** An ad-hoc lexicon, e.g. from a client's watch list; not cached in the pack. */
    static Lexicon of(String name, List<String> phrases) {
        return new Lexicon(name, phrases);
    }
}
