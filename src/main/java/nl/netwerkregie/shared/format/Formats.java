package nl.netwerkregie.shared.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, ages and amounts the way Dutch users read them (and English users, in English). */
public final class Formats {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Formats() {
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate(), locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** A date in a Dutch text (a mail, a note in the history, a message): "31 dec. 2026", never ISO. */
    public static String dutchDate(LocalDate date) {
        return date(date, DUTCH);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : instant.atZone(ZONE)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

    /** The time of day to the second ("13:45:07"), for a wait of seconds such as a paused login. */
    public static String clockTime(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    /**
     * A deadline as people say it: one that falls at midnight (the start of a day) is the end of the day before,
     * so "6 dec. 2026 23:59" rather than "7 dec. 2026 00:00".
     */
    public static String deadline(Instant deadline, Locale locale) {
        if (deadline == null) {
            return "";
        }
        boolean midnight = deadline.atZone(ZONE).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        return dateTime(midnight ? deadline.minusSeconds(60) : deadline, locale);
    }

    /** Whole days between then and now, for "age" columns. */
    public static long ageInDays(Instant since, Instant now) {
        return since == null ? 0 : Duration.between(since, now).toDays();
    }

    /**
     * A number as the page's language writes it: "100,5" and "1.250" in Dutch, "100.5" and "1,250" in English;
     * at most two decimals, no trailing zeros (an fte, a count).
     */
    public static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale.getLanguage().equals("en")
                ? Locale.UK : Locale.forLanguageTag("nl-NL"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String euro(BigDecimal amount, Locale locale) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(locale.getLanguage().equals("en")
                ? Locale.forLanguageTag("en-NL") : Locale.forLanguageTag("nl-NL")).format(amount);
    }
}
