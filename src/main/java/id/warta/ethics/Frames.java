package id.warta.ethics;

import id.warta.ethics.text.Lexicon;

import java.util.regex.Pattern;

/**
 * The pack's context frames (REFERENCE.md context rules 2 and 3): a clarification frame
 * ("[HOAKS] ... Faktanya") silences hoax words in the refuted claim; a prevention frame ("stop",
 * "tolak") silences the insult or gambling word it governs or quotes.
 */
record Frames(Pattern clarificationLabel, Lexicon refutations, Lexicon claims, Lexicon prevention,
              Lexicon officialSources) {
}
