package id.warta.ethics;

import id.warta.ethics.text.AnalyzedText;
import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;
import id.warta.ethics.text.Token;

/**
 * The context conditions a lexicon hit must pass, all optional and all data
 * (parameters of the rule):
 * <ul>
 *   <li>{@code exclude}: a lexicon of longer phrases that make the word innocent ("tahi lalat");</li>
 *   <li>{@code prevention}: drop the word when "stop"/"tolak" governs or the post quotes it;</li>
 *   <li>{@code quotedInPrevention}: drop the phrase only when a prevention or education post quotes
 *       it ("Ciri pesan hoaks: 'sebarkan sebelum dihapus'"); a governing verb is not enough,
 *       because "awas, katanya ..." still passes a rumour on;</li>
 *   <li>{@code clarification}: drop the word inside a hoax clarification;</li>
 *   <li>{@code context} + {@code contextWindow}: another lexicon must be near (political context);</li>
 *   <li>{@code before} + {@code beforeWindow} (+ {@code exclamation}): a word such as "dasar" or
 *       "kayak" must come just before, or the word is an exclamation ("Anjing!");</li>
 *   <li>{@code cancelIf}: a lexicon anywhere in the text cancels (legal-basis markers);</li>
 *   <li>{@code notAfterName}: not right after a capitalised name ("Budi katanya").</li>
 * </ul>
 */
final class MatchConditions {
    private final Lexicon exclude;
    private final boolean prevention;
    private final boolean quotedInPrevention;
    private final boolean clarification;
    private final Lexicon context;
    private final int contextWindow;
    private final Lexicon before;
    private final int beforeWindow;
    private final boolean exclamation;
    private final Lexicon cancelIf;
    private final boolean notAfterName;

    MatchConditions(Params params) {
        this.exclude = params.optionalLexicon("exclude");
        this.prevention = params.flag("prevention");
        this.quotedInPrevention = params.flag("quotedInPrevention");
        this.clarification = params.flag("clarification");
        this.context = params.optionalLexicon("context");
        this.contextWindow = params.integer("contextWindow", 12);
        this.before = params.optionalLexicon("before");
        this.beforeWindow = params.integer("beforeWindow", 2);
        this.exclamation = params.flag("exclamation");
        this.cancelIf = params.optionalLexicon("cancelIf");
        this.notAfterName = params.flag("notAfterName");
    }

    boolean accept(DetectionInput input, int firstToken, int lastToken, int start, int end) {
        AnalyzedText text = input.text();
        if (cancelIf != null && text.contains(cancelIf)) {
            return false;
        }
        if (clarification && input.frames().isClarification()) {
            return false;
        }
        if (exclude != null && overlapsAny(text, exclude, start, end)) {
            return false;
        }
        if (prevention && input.frames().isPrevented(firstToken, start, end)) {
            return false;
        }
        if (quotedInPrevention && input.frames().isQuotedInPrevention(start, end)) {
            return false;
        }
        if (notAfterName && firstToken > 0) {
            Token previous = text.token(firstToken - 1);
            if (previous.isCapitalized() && !previous.isAllCaps() && previous.isWord()
                    && !isSentenceFirstWord(text, firstToken - 1)) {
                return false;
            }
        }
        if (context != null && !near(text, context, firstToken, lastToken, contextWindow)) {
            return false;
        }
        if (before != null && !precededBy(text, firstToken) && !(exclamation && isExclamation(text, firstToken, lastToken))) {
            return false;
        }
        return true;
    }

    private static boolean overlapsAny(AnalyzedText text, Lexicon lexicon, int start, int end) {
        for (LexiconMatch match : text.matches(lexicon, false)) {
            if (match.start() < end && start < match.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean near(AnalyzedText text, Lexicon lexicon, int firstToken, int lastToken, int window) {
        for (LexiconMatch match : text.matches(lexicon, false)) {
            boolean overlaps = match.firstToken() <= lastToken && firstToken <= match.lastToken();
            if (overlaps && !(match.firstToken() == firstToken && match.lastToken() == lastToken)) {
                return true;
            }
            if (match.lastToken() < firstToken && firstToken - match.lastToken() <= window
                    || match.firstToken() > lastToken && match.firstToken() - lastToken <= window) {
                return true;
            }
        }
        return false;
    }

    private boolean precededBy(AnalyzedText text, int firstToken) {
        for (LexiconMatch match : text.matches(before, false)) {
            int distance = firstToken - match.lastToken();
            if (distance >= 1 && distance <= beforeWindow) {
                return true;
            }
        }
        return false;
    }

    /** "Anjing!" or "Babi, ..." opening a sentence. */
    private static boolean isExclamation(AnalyzedText text, int firstToken, int lastToken) {
        if (!isSentenceFirstWord(text, firstToken)) {
            return false;
        }
        String original = text.original();
        int after = text.token(lastToken).end();
        while (after < original.length() && original.charAt(after) == ' ') {
            after++;
        }
        return after < original.length() && (original.charAt(after) == '!' || original.charAt(after) == ',');
    }

    static boolean isSentenceFirstWord(AnalyzedText text, int tokenIndex) {
        int sentenceStart = text.sentenceStart(text.token(tokenIndex).start());
        return tokenIndex == 0 || text.token(tokenIndex - 1).end() <= sentenceStart;
    }
}
