package id.warta.ethics;

import id.warta.ethics.text.AnalyzedText;
import id.warta.ethics.text.Lexicon;
import id.warta.ethics.text.LexiconMatch;
import id.warta.ethics.text.Token;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Home addresses: RT/RW ("RT 03/RW 02", "RT.03/RW.02", "RT 03/02"), extended back to a street
 * marker (Jl., Gg., Perum, Blok). A person nearby (name, "rumah", "warga") makes it the rule's
 * default (WARN); with sensitive data (illness, suspect) it is variant "sensitive" (BLOCK). A
 * venue before it ("Balai", "Posyandu") is public; an address without a person is not personal.
 */
final class HomeAddressDetector implements Detector {
    private static final Pattern RT_RW = Pattern.compile(
            "\\bRT\\.?\\s{0,2}\\d{1,3}\\s{0,2}(?:/\\s{0,2}(?:RW\\.?\\s{0,2})?\\d{1,3}|[,\\s]{1,3}RW\\.?\\s{0,2}\\d{1,3})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STREET = Pattern.compile(
            "\\b(?:Jl\\.|Jln\\.?|Jalan|Gg\\.|Gang|Perum\\.?|Perumahan|Blok|Komplek|Kompleks|Dusun|Dsn\\.|Kp\\.)",
            Pattern.CASE_INSENSITIVE);
    private final Lexicon venues;
    private final Lexicon personMarkers;
    private final Lexicon residents;
    private final Lexicon sensitive;

    HomeAddressDetector(Params params) {
        this.venues = params.lexicon("venues");
        this.personMarkers = params.lexicon("personMarkers");
        this.residents = params.lexicon("residents");
        this.sensitive = params.lexicon("sensitive");
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        String original = input.original();
        Matcher m = RT_RW.matcher(original);
        while (m.find()) {
            int start = streetStart(input, m.start());
            if (Near.before(input.text(), venues, start, 2) != null) {
                continue;
            }
            if (!namesAPerson(input, start, m.end())) {
                continue;
            }
            boolean withSensitiveData = Near.within(input.text(), sensitive, start, m.end(), 200) != null;
            hits.accept(Hit.of(start, m.end(), withSensitiveData ? "sensitive" : null));
        }
    }

    /** A person marker shortly before or right after, or "warga" right after a name ("Rudi, warga RT 02"). */
    private boolean namesAPerson(DetectionInput input, int start, int end) {
        AnalyzedText text = input.text();
        if (Near.before(text, personMarkers, start, 15) != null || Near.after(text, personMarkers, end, 4) != null) {
            return true;
        }
        LexiconMatch resident = Near.before(text, residents, start, 3);
        if (resident == null || resident.firstToken() == 0) {
            return false;
        }
        Token previous = text.token(resident.firstToken() - 1);
        return previous.isCapitalized() && !previous.isAllCaps()
                && text.sentenceStart(previous.start()) != previous.start();
    }

    private static int streetStart(DetectionInput input, int rtStart) {
        String original = input.original();
        Matcher street = STREET.matcher(original).region(Math.max(0, rtStart - 60), rtStart);
        while (street.find()) {
            if (input.text().sameSentence(street.start(), rtStart)) {
                return street.start();
            }
        }
        return rtStart;
    }
}
