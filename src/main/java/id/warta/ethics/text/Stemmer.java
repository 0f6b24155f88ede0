package id.warta.ethics.text;

import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * Lucene's rule-based Indonesian stemmer (no dictionary, so no licence problem). Lucene's
 * stemmer keeps state between calls, so each check makes its own.
 */
public final class Stemmer {
    private final IndonesianStemmer stemmer = new IndonesianStemmer();
    private char[] buffer = new char[32];

    public String stem(String word) {
        if (word.length() < 4) {
            return word;
        }
        if (buffer.length < word.length()) {
            buffer = new char[word.length() * 2];
        }
        word.getChars(0, word.length(), buffer, 0);
        int length = stemmer.stem(buffer, word.length(), true);
        return new String(buffer, 0, length);
    }
}
