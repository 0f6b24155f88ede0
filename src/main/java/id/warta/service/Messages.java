package id.warta.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: texts from {@code i18n/messages*.properties}. Lookups never fall back to the
 * JVM's default locale (an English system would otherwise turn an Indonesian choice into English).
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Indonesian unless English is asked for: Warta's users work in Indonesian. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    /** For the command line: the system language when it is Indonesian or English, else Indonesian. */
    public static Locale forSystem() {
        Locale system = Locale.getDefault();
        return "en".equals(system.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The user-facing sentence for a storage problem. */
    public String describe(StorageException e) {
        return format(e.messageKey(), e.arguments().toArray());
    }
}
