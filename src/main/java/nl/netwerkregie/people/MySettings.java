package nl.netwerkregie.people;

import java.time.LocalTime;
import java.util.Locale;

/**
 * A person's own settings.
 *
 * @param language "nl" or "en"; null: Dutch
 * @param newWork  how they hear of new work; null: the default of {@link NotifyChoice}
 * @param digestAt when the daily digest goes out; null: {@link #DEFAULT_DIGEST_AT}
 */
public record MySettings(String language, NotifyChoice newWork, LocalTime digestAt) {

    public static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(8, 0);
    public static final MySettings DEFAULTS = new MySettings(null, null, null);

    public Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
    }

    public LocalTime digestAtOrDefault() {
        return digestAt == null ? DEFAULT_DIGEST_AT : digestAt;
    }
}
