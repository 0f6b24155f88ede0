package id.warta.ethics.text;

/**
 * A lexicon entry found in a draft: tokens {@code firstToken} to {@code lastToken} inclusive.
 *
 * @param viaStem true when it matched only after stemming (REFERENCE.md context rule 5)
 */
public record LexiconMatch(Lexicon.Entry entry, int firstToken, int lastToken, int start, int end, boolean viaStem) {
}
