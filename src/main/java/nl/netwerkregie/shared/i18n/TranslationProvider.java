package nl.netwerkregie.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Dutch first, English second. Texts live in {@code vaadin-i18n/translations_nl.properties} and
 * {@code translations_en.properties}; a key missing in English falls back to Dutch, never to the key alone.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n/translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern = lookup(key, supported(locale));
        if (pattern == null) {
            pattern = lookup(key, DUTCH);
        }
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** Translates outside a Vaadin request (e-mails, PDFs): same texts, explicit locale. */
    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    /**
     * In Dutch, whoever reads it: the texts that go to the board, to applicants and members by mail, and into the
     * status history are written in the network's language.
     */
    public String dutch(String key, Object... params) {
        return getTranslation(key, DUTCH, params);
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    private static String lookup(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
